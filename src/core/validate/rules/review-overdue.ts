import type { Rule } from '../rule.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export const reviewOverdue: Rule = {
  check(context) {
    const limit = context.config.reviewAgeDays;
    for (const file of context.journeys) {
      const { lastReviewed, owner } = file.data;
      if (lastReviewed === undefined) continue;
      const age = Math.floor((context.now.getTime() - Date.parse(`${lastReviewed}T00:00:00Z`)) / DAY_MS);
      if (!(age > limit)) continue;
      context.report({
        code: 'review-overdue', file: file.path, pointer: '/lastReviewed',
        message: `The journey was last reviewed ${age} days ago (${lastReviewed}), more than the ${limit} days a map may go unreviewed.`,
        hint: `${owner ? `Ask ${owner} to check` : 'Check'} the map against reality, then update \`lastReviewed\`.`,
      });
    }
  },
};
