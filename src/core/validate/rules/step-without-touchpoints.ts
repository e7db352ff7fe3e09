import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

export const stepWithoutTouchpoints: Rule = {
  journeyAlone(file, context) {
    for (const { step, pointer } of stepsOf(file.data)) {
      if ((step.touchpoints ?? []).length > 0) continue;
      context.report({
        code: 'step-without-touchpoints',
        file: file.path,
        pointer: step.touchpoints ? `${pointer}/touchpoints` : pointer,
        params: { step: step.id, stepName: step.name },
      });
    }
  },
};
