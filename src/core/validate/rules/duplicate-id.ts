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
          message: `Stage ${index + 1} has the id \`${stage.id}\`, already used by stage ${earlier + 1}.`,
          hint: 'Stage ids must be unique within a journey.',
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
          message: `The step id \`${step.id}\` is used twice in this journey; the site anchors each step by its id, so they must differ.`,
          hint: 'Step ids must be unique within the whole journey, across stages.',
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
            message: `The ${noun} id \`${id}\` is already used by ${earlier}.`,
            hint: `Give one of the two ${noun}s another id.`,
            params: { what: noun, id, file: earlier },
          });
      }
    }
  },
};
