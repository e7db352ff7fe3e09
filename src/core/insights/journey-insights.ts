import type { JourneyModel } from '../model/project.ts';
import type { Project } from '../model/built-project.ts';
import { findClaimsWithoutEvidence } from './evidence-coverage.ts';
import { findDeadEnds } from './find-dead-ends.ts';
import { findEmotionCliffs } from './find-emotion-cliffs.ts';
import { findInclusionGaps } from './find-inclusion-gaps.ts';
import { findMomentsWithoutHuman } from './find-moments-without-human.ts';
import { findStaleClaims } from './find-stale-claims.ts';
import type { Insight, InsightContext } from './insight.ts';

/** Every insight finder, in the order the site lists their findings. */
export const INSIGHT_FINDERS = [
  findInclusionGaps,
  findMomentsWithoutHuman,
  findEmotionCliffs,
  findDeadEnds,
  findClaimsWithoutEvidence,
  findStaleClaims,
] as const;

/** The context the finders need, from a built project. */
export function insightContext(project: Project): InsightContext {
  return { config: project.config, personas: new Map(project.personas.map((persona) => [persona.id, persona])) };
}

/** Every insight of one journey, for the site; `validate` runs the same finders as rules. */
export function journeyInsights(journey: JourneyModel, context: InsightContext): Insight[] {
  return INSIGHT_FINDERS.flatMap((find) => find(journey, context));
}
