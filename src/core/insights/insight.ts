import type { Persona } from '../model/generated/persona.ts';
import type { JourneyModel, StepModel } from '../model/project.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';
import type { ProblemParams } from '../problem.ts';

export type InsightCode =
  | 'claims-without-evidence'
  | 'inclusion-gap-digital'
  | 'inclusion-gap-channels'
  | 'moment-of-truth-without-human'
  | 'emotion-cliff'
  | 'dead-end'
  | 'stale-claims';

/** Something a journey map shows only once it is read as data: a gap, a risk, a claim without support. */
export interface Insight {
  code: InsightCode;
  journey: string;
  /** The step it is about, when it is about one. */
  step?: string;
  /** The steps it sums up, when it covers several (channel gaps, claims without evidence). */
  steps?: string[];
  /** JSON pointer into the journey file, for validate's file:line:col. */
  pointer: string;
  /** Personas concerned, when the insight is about some of them. */
  personas?: string[];
  /** What else its message says (values, channels...), as data: the catalogues word it (src/core/messages/). */
  params?: ProblemParams;
}

/** What the insights read besides the journey: channel kinds, and each persona's relation to channels. */
export interface InsightContext {
  config: ResolvedConfig;
  personas: ReadonlyMap<string, Pick<Persona, 'name' | 'digitalAffinity' | 'preferredChannels'>>;
  /**
   * Since when each claim of a journey stands, by claimKey (model/step-claims.ts; history/claim-since.ts dates them), where the
   * Git history was read (the site): without it, insights about the age of claims find nothing.
   */
  claimSince?: (journey: JourneyModel) => ReadonlyMap<string, { date: string }> | undefined;
  /** The day claims are aged against (the site's day); required with `claimSince`. */
  now?: Date;
}

export type InsightFinder = (journey: JourneyModel, context: InsightContext) => Insight[];

/** Pointer of a step in its journey's file, from its place in the stages. */
export function stepPointer(journey: JourneyModel, step: StepModel): string {
  for (let stageIndex = 0; stageIndex < journey.stages.length; stageIndex++) {
    const stepIndex = journey.stages[stageIndex]!.steps.indexOf(step);
    if (stepIndex >= 0) return `/stages/${stageIndex}/steps/${stepIndex}`;
  }
  return '/stages';
}

/**
 * The personas who live a step: all of the journey's when the step gives no emotion, else those
 * with an emotion there (a persona left out of an emotion map, or null in it, takes no part).
 */
export function participants(journey: JourneyModel, step: StepModel): string[] {
  const felt = journey.personas.filter((persona) => step.emotion[persona] !== undefined);
  return Object.keys(step.emotion).length === 0 ? journey.personas : felt;
}

/**
 * An insight's params as a problem carries them (src/core/messages/ words them): its step and
 * steps with their names, its personas, and what its finder added.
 */
export function insightParams(insight: Insight, stepNames: ReadonlyMap<string, string>): ProblemParams {
  return {
    ...(insight.step !== undefined ? { step: insight.step, stepName: stepNames.get(insight.step) ?? insight.step } : {}),
    ...(insight.steps ? { steps: insight.steps, stepNames: insight.steps.map((id) => stepNames.get(id) ?? id) } : {}),
    ...(insight.personas ? { personas: insight.personas } : {}),
    ...insight.params,
  };
}
