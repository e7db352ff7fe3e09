import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

export const emotionMissingPersona: Rule = {
  journeyAlone(file, context) {
    const personas = file.data.personas ?? [];
    for (const { step, pointer } of stepsOf(file.data)) {
      if (typeof step.emotion !== 'object') continue;
      const missing = personas.filter((persona) => !(persona in (step.emotion as object)));
      if (missing.length === 0) continue;
      context.report({
        code: 'emotion-missing-persona',
        file: file.path,
        pointer: `${pointer}/emotion`,
        params: { step: step.id, stepName: step.name, personas: missing },
      });
    }
  },
};
