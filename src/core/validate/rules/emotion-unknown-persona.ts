import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

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
          message: `Step \`${step.id}\` gives an emotion for \`${persona}\`, who is not among the journey's personas${personas.length ? ` (${personas.join(', ')})` : ''}.`,
          hint: didYouMean(persona, personas) ?? `Add \`${persona}\` to the journey's \`personas\`, or remove this value.`,
          params: { step: step.id, stepName: step.name, persona },
        });
      }
    }
  },
};
