import type { Rule } from '../rule.ts';
import { suggesting } from '../../make-problem.ts';
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
        params: suggesting({ persona: id }, meant),
      });
    });
  },
};
