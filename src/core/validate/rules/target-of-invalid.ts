import { suggesting } from '../../make-problem.ts';
import type { Rule } from '../rule.ts';

export const targetOfInvalid: Rule = {
  project(context) {
    const byId = new Map(context.journeys.map((journey) => [journey.id, journey]));
    for (const { path, id, state, targetOf } of context.journeys) {
      if (targetOf === undefined) continue;
      if (state !== 'target') {
        context.report({
          code: 'target-of-invalid',
          file: path,
          pointer: '/targetOf',
          params: { case: 'not-target', state },
        });
      } else if (targetOf === id) {
        context.report({
          code: 'target-of-invalid',
          file: path,
          pointer: '/targetOf',
          params: { case: 'self' },
        });
      } else {
        const current = byId.get(targetOf);
        if (current && current.state === 'target') {
          context.report({
            code: 'target-of-invalid',
            file: path,
            pointer: '/targetOf',
            params: suggesting({ case: 'target-of-target', targetOf }, current.targetOf),
          });
        }
      }
    }
  },
};
