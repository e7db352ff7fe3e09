import type { Rule } from '../rule.ts';

export const emotionScaleInvalid: Rule = {
  project(context) {
    const { min, max, labels } = context.config.emotionScale;
    if (context.configFile === undefined) return;
    if (min >= max) {
      context.report({
        code: 'emotion-scale-invalid',
        file: context.configFile,
        pointer: '/emotionScale',
        message: `The emotion scale goes from ${min} to ${max}: its minimum must be below its maximum.`,
        hint: 'The default scale goes from -3 to 3.',
        params: { min, max },
      });
      return;
    }
    for (const { value } of labels) {
      if (value >= min && value <= max) continue;
      context.report({
        code: 'emotion-scale-invalid',
        file: context.configFile,
        pointer: `/emotionScale/labels/${value}`,
        target: 'key',
        message: `The label for ${value} lies outside the emotion scale (${min} to ${max}).`,
        params: { value, min, max },
      });
    }
  },
};
