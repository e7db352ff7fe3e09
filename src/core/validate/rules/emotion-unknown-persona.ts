import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';
import { suggesting } from '../../make-problem.ts';
import { closest } from '../suggest.ts';

export const emotionUnknownPersona: Rule = {
  journeyAlone(file, context) {
    const personas = file.data.personas ?? [];
    for (const { step, pointer } of stepsOf(file.data)) {
      if (typeof step.emotion !== 'object') continue;
      for (const persona of Object.keys(step.emotion)) {
        if (personas.includes(persona)) continue;
        context.report({
          code: 'emotion-unknown-persona',
          file: file.path,
          pointer: `${pointer}/emotion/${persona}`,
          target: 'key',
          params: suggesting({ step: step.id, stepName: step.name, persona, personas }, closest(persona, personas)),
        });
      }
    }
  },
};
