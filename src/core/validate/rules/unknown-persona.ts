import type { Rule } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

export const unknownPersona: Rule = {
  journey(file, context) {
    (file.data.personas ?? []).forEach((id, index) => {
      if (context.personaIds.has(id)) return;
      context.report({
        code: 'unknown-persona',
        file: file.path,
        pointer: `/personas/${index}`,
        message: `The persona \`${id}\` does not exist: there is no personas/${id}.yaml.`,
        hint: didYouMean(id, context.personaIds) ?? `Create personas/${id}.yaml or remove it from the list.`,
      });
    });
  },
};
