import type { Rule } from '../rule.ts';

export const ownerMissing: Rule = {
  journeyAlone(file, context) {
    if (file.data.owner !== undefined) return;
    context.report({
      code: 'owner-missing',
      file: file.path,
      pointer: '/id',
      params: { journey: file.data.id },
    });
  },
};
