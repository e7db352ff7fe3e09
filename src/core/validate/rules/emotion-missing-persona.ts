import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

export const emotionMissingPersona: Rule = {
  // Not a rule of the file alone: a persona whose id names no persona has no curve to leave a gap
  // in (unknown-persona says so once). A journey checked without its personas knows none: all count.
  journey(file, { personaIds, report }) {
    const personas = (file.data.personas ?? []).filter((persona) => personaIds.size === 0 || personaIds.has(persona));
    for (const { step, pointer } of stepsOf(file.data)) {
      if (typeof step.emotion !== 'object') continue;
      const missing = personas.filter((persona) => !(persona in (step.emotion as object)));
      if (missing.length === 0) continue;
      report({
        code: 'emotion-missing-persona',
        file: file.path,
        pointer: `${pointer}/emotion`,
        params: { step: step.id, stepName: step.name, personas: missing },
      });
    }
  },
};
