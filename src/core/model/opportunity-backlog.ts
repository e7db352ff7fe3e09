import type { JourneyModel, Level, OpportunityModel, StepModel } from './project.ts';

export interface BacklogItem {
  journey: JourneyModel;
  step: StepModel;
  opportunity: OpportunityModel;
  /** The step is a moment of truth: the opportunity deserves more care. */
  onMomentOfTruth: boolean;
  /** The step has pain points the opportunity may relieve. */
  onPainPoint: boolean;
}

const IMPACT_RANK: Record<Level, number> = { high: 0, medium: 1, low: 2 };
const EFFORT_RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

/**
 * Every opportunity of the given journeys, highest impact first, then lowest effort; an unrated
 * impact or effort sorts after the rated ones, and ties keep journey and map order.
 */
export function opportunityBacklog(journeys: readonly JourneyModel[]): BacklogItem[] {
  const items = journeys.flatMap((journey) =>
    journey.steps.flatMap((step) =>
      step.opportunities.map((opportunity) => ({
        journey,
        step,
        opportunity,
        onMomentOfTruth: step.momentOfTruth,
        onPainPoint: step.painPoints.length > 0,
      })),
    ),
  );
  // Array.prototype.sort is stable, so equal priorities keep the order built above.
  return items.sort(
    (a, b) =>
      rank(IMPACT_RANK, a.opportunity.impact) - rank(IMPACT_RANK, b.opportunity.impact) ||
      rank(EFFORT_RANK, a.opportunity.effort) - rank(EFFORT_RANK, b.opportunity.effort),
  );
}

function rank(ranks: Record<Level, number>, level: Level | undefined): number {
  return level === undefined ? 3 : ranks[level];
}
