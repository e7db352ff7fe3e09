import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

export const unknownJourney: Rule = {
  project(context) {
    const report = (file: string, pointer: string, id: string, field: string) =>
      context.report({
        code: 'unknown-journey', file, pointer,
        message: `\`${field}\` names the journey \`${id}\`, which does not exist: there is no journeys/${id}.yaml.`,
        hint: didYouMean(id, context.journeyIds) ?? `Create journeys/${id}.yaml or remove \`${field}\`.`,
      });
    for (const file of context.journeys) {
      const { targetOf } = file.data;
      if (targetOf !== undefined && !context.journeyIds.has(targetOf)) report(file.path, '/targetOf', targetOf, 'targetOf');
      for (const { step, pointer } of stepsOf(file.data)) {
        if (step.subJourney !== undefined && !context.journeyIds.has(step.subJourney)) report(file.path, `${pointer}/subJourney`, step.subJourney, 'subJourney');
      }
    }
  },
};
