import type { Rule } from '../rule.ts';
import { closestId } from '../suggest.ts';

export const unknownPersona: Rule = {
  journey(file, context) {
    (file.data.personas ?? []).forEach((id, index) => {
      if (context.personaIds.has(id)) return;
      const meant = closestId(id, context.personaIds);
      context.report({
        code: 'unknown-persona',
        file: file.path,
        pointer: `/personas/${index}`,
        message: `The persona \`${id}\` does not exist: there is no personas/${id}.yaml.`,
        hint: meant ? `Did you mean \`${meant}\`?` : `Create personas/${id}.yaml or remove it from the list.`,
      });
    });
  },
};
