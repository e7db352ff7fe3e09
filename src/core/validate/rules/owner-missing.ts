import type { Rule } from '../rule.ts';

export const ownerMissing: Rule = {
  journeyAlone(file, context) {
    if (file.data.owner !== undefined) return;
    context.report({
      code: 'owner-missing',
      file: file.path,
      pointer: '/id',
      message: `The journey \`${file.data.id}\` names no owner, so nobody is answerable for keeping it true.`,
      hint: 'Add `owner:` with the person or team who reviews this map.',
      params: { journey: file.data.id },
    });
  },
};
