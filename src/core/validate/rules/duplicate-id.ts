import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

export const duplicateId: Rule = {
  journeyAlone(file, context) {
    const stages = new Map<string, number>();
    file.data.stages.forEach((stage, index) => {
      const earlier = stages.get(stage.id);
      if (earlier === undefined) stages.set(stage.id, index);
      else
        context.report({
          code: 'duplicate-id',
          file: file.path,
          pointer: `/stages/${index}/id`,
          params: { what: 'stage', id: stage.id, name: stage.name, position: index + 1, earlier: earlier + 1 },
        });
    });
    const steps = new Set<string>();
    for (const { step, pointer } of stepsOf(file.data)) {
      if (!steps.has(step.id)) steps.add(step.id);
      else
        context.report({
          code: 'duplicate-id',
          file: file.path,
          pointer: `${pointer}/id`,
          params: { what: 'step', id: step.id, step: step.id, stepName: step.name },
        });
    }
  },
  project(context) {
    for (const [entries, noun] of [
      [context.journeys, 'journey'],
      [context.personas, 'persona'],
    ] as const) {
      const first = new Map<string, string>();
      for (const { id, path } of entries) {
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, path);
        else
          context.report({
            code: 'duplicate-id',
            file: path,
            pointer: '/id',
            params: { what: noun, id, file: earlier },
          });
      }
    }
  },
};
