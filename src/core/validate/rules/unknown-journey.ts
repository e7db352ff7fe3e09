import type { Rule } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

export const unknownJourney: Rule = {
  project(context) {
    const report = (file: string, pointer: string, id: string, field: string) =>
      context.report({
        code: 'unknown-journey',
        file,
        pointer,
        message: `\`${field}\` names the journey \`${id}\`, which does not exist: there is no journeys/${id}.yaml.`,
        hint: didYouMean(id, context.journeyIds) ?? `Create journeys/${id}.yaml or remove \`${field}\`.`,
      });
    for (const journey of context.journeys) {
      if (journey.targetOf !== undefined && !context.journeyIds.has(journey.targetOf))
        report(journey.path, '/targetOf', journey.targetOf, 'targetOf');
      for (const { pointer, id } of journey.subJourneys) if (!context.journeyIds.has(id)) report(journey.path, pointer, id, 'subJourney');
    }
  },
};
