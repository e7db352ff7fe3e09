import type { JourneyModel, StepModel } from './project.ts';

export interface JourneyRelations {
  /** The current map this target map transforms. */
  current?: JourneyModel;
  /** Target maps that transform this one. */
  targets: JourneyModel[];
  /** Steps of other journeys that lead into this one as a sub-journey. */
  parents: { journey: JourneyModel; step: StepModel }[];
}

/**
 * The links each journey page shows both ways (current/target counterparts and parent journeys),
 * by journey id, found in one pass over every step rather than one pass per page.
 */
export function journeyRelations(journeys: readonly JourneyModel[]): Map<string, JourneyRelations> {
  const byId = new Map(journeys.map((journey) => [journey.id, journey]));
  const relations = new Map<string, JourneyRelations>(journeys.map((journey) => [journey.id, { targets: [], parents: [] }]));
  for (const journey of journeys) {
    const own = relations.get(journey.id)!;
    const current = journey.targetOf === undefined ? undefined : byId.get(journey.targetOf);
    if (current) {
      own.current = current;
      relations.get(current.id)!.targets.push(journey);
    }
    for (const step of journey.steps) {
      if (step.subJourney !== undefined) relations.get(step.subJourney)?.parents.push({ journey, step });
    }
  }
  return relations;
}
