import type { Rule } from '../rule.ts';

export const reviewDateMissing: Rule = {
  journeyAlone(file, context) {
    if (file.data.lastReviewed !== undefined) return;
    context.report({
      code: 'review-date-missing',
      file: file.path,
      pointer: '/id',
      message: `The journey \`${file.data.id}\` has no \`lastReviewed\` date, so nobody can tell whether it still matches reality.`,
      hint: 'Check the map against reality, then add `lastReviewed: YYYY-MM-DD`.',
      params: { journey: file.data.id },
    });
  },
};
