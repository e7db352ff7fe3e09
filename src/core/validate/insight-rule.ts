import type { InsightCode, InsightFinder } from '../insights/insight.ts';
import { buildJourney } from '../model/build-project.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { JourneyModel } from '../model/project.ts';
import type { Rule } from './rule.ts';

// Several insight rules read the same journeys: the model of each is built once per check.
const models = new WeakMap<Journey, JourneyModel>();

/**
 * A validate rule that reports the insights of one code (computed in src/core/insights/, the
 * same ones the site shows) as warnings at the step they are about.
 */
export function insightRule(find: InsightFinder, code: InsightCode): Rule {
  return {
    check(context) {
      const personas = new Map(context.personas.map((file) => [file.data.id, file.data]));
      for (const file of context.journeys) {
        let model = models.get(file.data);
        if (!model) models.set(file.data, (model = buildJourney(file.path, file.data)));
        for (const insight of find(model, { config: context.config, personas })) {
          if (insight.code === code) context.report({ code, file: file.path, pointer: insight.pointer, message: insight.message, hint: insight.hint });
        }
      }
    },
  };
}
