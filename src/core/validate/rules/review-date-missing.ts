import type { Rule } from '../rule.ts';

export const reviewDateMissing: Rule = {
  journeyAlone(file, context) {
    if (file.data.lastReviewed !== undefined) return;
    context.report({
      code: 'review-date-missing',
      file: file.path,
      pointer: '/id',
      params: { journey: file.data.id },
    });
  },
};
