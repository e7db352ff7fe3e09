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
        params: { value, min, max },
      });
    }
  },
};
