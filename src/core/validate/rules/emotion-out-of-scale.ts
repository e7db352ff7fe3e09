import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

export const emotionOutOfScale: Rule = {
  journey(file, context) {
    const { min, max } = context.config.emotionScale;
    if (min > max) return; // emotion-scale-invalid already says the scale itself is wrong.
    for (const { step, pointer } of stepsOf(file.data)) {
      const { emotion } = step;
      const values: [string, number | null][] =
        typeof emotion === 'number'
          ? [[`${pointer}/emotion`, emotion]]
          : Object.entries(emotion ?? {}).map(([persona, value]) => [`${pointer}/emotion/${persona}`, value]);
      for (const [valuePointer, value] of values) {
        // null marks a persona absent from the step: nothing to place on the scale.
        if (value === null || (value >= min && value <= max)) continue;
        context.report({
          code: 'emotion-out-of-scale',
          file: file.path,
          pointer: valuePointer,
          params: { step: step.id, stepName: step.name, value, min, max },
        });
      }
    }
  },
};
