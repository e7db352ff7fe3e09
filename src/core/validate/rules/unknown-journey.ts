import type { Rule } from '../rule.ts';
import { suggesting } from '../../make-problem.ts';
import { closest } from '../suggest.ts';

export const unknownJourney: Rule = {
  project(context) {
    const report = (file: string, pointer: string, id: string, field: string) =>
      context.report({
        code: 'unknown-journey',
        file,
        pointer,
        params: suggesting({ journey: id, field }, closest(id, context.journeyIds)),
      });
    for (const journey of context.journeys) {
      if (journey.targetOf !== undefined && !context.journeyIds.has(journey.targetOf))
        report(journey.path, '/targetOf', journey.targetOf, 'targetOf');
      for (const { pointer, id } of journey.subJourneys) if (!context.journeyIds.has(id)) report(journey.path, pointer, id, 'subJourney');
    }
  },
};
