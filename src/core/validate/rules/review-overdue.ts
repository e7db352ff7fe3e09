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
      params: { days: status.ageDays!, date: status.lastReviewed!, limit, ...(status.owner ? { owner: status.owner } : {}) },
    });
  },
};
