import type { JourneyModel, StepModel } from '../core/index.ts';

export interface JourneyRelations {
  /** The current map this target map transforms. */
  current?: JourneyModel;
  /** Target maps that transform this one. */
  targets: JourneyModel[];
  /** Steps of other journeys that lead into this one as a sub-journey. */
  parents: { journey: JourneyModel; step: StepModel }[];
}

/** The links a journey page shows both ways: current/target counterparts and parent journeys. */
export function journeyRelations(journey: JourneyModel, journeys: readonly JourneyModel[]): JourneyRelations {
  const current = journey.targetOf === undefined ? undefined : journeys.find((other) => other.id === journey.targetOf);
  return {
    ...(current ? { current } : {}),
    targets: journeys.filter((other) => other.targetOf === journey.id),
    parents: journeys.flatMap((other) => other.steps.filter((step) => step.subJourney === journey.id).map((step) => ({ journey: other, step }))),
  };
}
