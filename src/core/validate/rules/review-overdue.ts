import { reviewStatus } from '../../insights/review-status.ts';
import type { Rule } from '../rule.ts';

export const reviewOverdue: Rule = {
  journey(file, context) {
    const limit = context.config.reviewAgeDays;
    const status = reviewStatus(context.model, limit, context.now);
    if (!status.overdue) return;
    context.report({
      code: 'review-overdue',
      file: file.path,
      pointer: '/lastReviewed',
      message: `The journey was last reviewed ${status.ageDays} days ago (${status.lastReviewed}), more than the ${limit} days a map may go unreviewed.`,
      hint: `${status.owner ? `Ask ${status.owner} to check` : 'Check'} the map against reality, then update \`lastReviewed\`.`,
      params: { days: status.ageDays!, date: status.lastReviewed!, limit },
    });
  },
};
