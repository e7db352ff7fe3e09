import type { JourneyModel } from '../model/project.ts';
import type { InsightFinder } from './insight.ts';
import { stepPointer } from './insight.ts';

export interface Ratio {
  backed: number;
  total: number;
}

/** How much of a journey rests on a source, and which claims do not. */
export interface EvidenceCoverage {
  /** Steps with at least one source: their own evidence, or a thought or pain point with one. */
  steps: Ratio;
  /** Pain points with a source of their own or one on their step. */
  painPoints: Ratio;
  /** Steps with an emotion whose step cites a source (the schema's step evidence covers the emotion). */
  emotions: Ratio;
  /** Per step, the claims without a source: its emotion, its pain points. */
  unbacked: { step: string; emotion: boolean; painPoints: string[] }[];
  /** Claims marked as hypotheses, in map order: assumptions left to verify. */
  hypotheses: HypothesisClaim[];
}

/** One claim marked `hypothesis: true`. */
export interface HypothesisClaim {
  /** The step it is about; for a stage's expectation, the stage's first step (where the stage starts on the map). */
  step: string;
  /** Set for a stage's expectation: the stage it belongs to. */
  stage?: string;
  /** What kind of claim it is, named by its field in the YAML. */
  field: 'thoughts' | 'painPoints' | 'expectations' | 'momentOfTruth';
  /** Its sentence; for a moment of truth without a reason, empty. */
  text: string;
}

/** Measures a journey's evidence: what the site shows on the journey page, and what the warning sums up. */
export function evidenceCoverage(journey: JourneyModel): EvidenceCoverage {
  const coverage: EvidenceCoverage = {
    steps: { backed: 0, total: 0 },
    painPoints: { backed: 0, total: 0 },
    emotions: { backed: 0, total: 0 },
    unbacked: [],
    hypotheses: [],
  };
  const firstOfStage = new Map(journey.stages.map((stage) => [stage.steps[0]?.id, stage]));
  for (const step of journey.steps) {
    const stage = firstOfStage.get(step.id);
    for (const index of stage?.expectationHypotheses ?? [])
      coverage.hypotheses.push({ step: step.id, stage: stage!.id, field: 'expectations', text: stage!.expectations[index]! });
    const stepBacked = step.evidence.length > 0;
    const hasEmotion = Object.keys(step.emotion).length > 0;
    const bareEmotion = hasEmotion && !stepBacked;
    const barePainPoints = step.painPoints
      .filter((painPoint) => painPoint.evidence.length === 0 && !stepBacked)
      .map((painPoint) => painPoint.text);
    coverage.steps.total++;
    if (stepBacked || [...step.thoughts, ...step.painPoints].some((statement) => statement.evidence.length > 0)) coverage.steps.backed++;
    coverage.painPoints.total += step.painPoints.length;
    coverage.painPoints.backed += step.painPoints.length - barePainPoints.length;
    if (hasEmotion) coverage.emotions.total++;
    if (hasEmotion && stepBacked) coverage.emotions.backed++;
    if (bareEmotion || barePainPoints.length > 0)
      coverage.unbacked.push({ step: step.id, emotion: bareEmotion, painPoints: barePainPoints });
    for (const field of ['thoughts', 'painPoints'] as const) {
      for (const statement of step[field])
        if (statement.hypothesis) coverage.hypotheses.push({ step: step.id, field, text: statement.text });
    }
    if (step.momentOfTruth && step.momentOfTruthHypothesis)
      coverage.hypotheses.push({ step: step.id, field: 'momentOfTruth', text: step.momentOfTruthReason ?? '' });
  }
  return coverage;
}

/**
 * One warning per journey, not one per claim: a map built from workshops starts with few
 * sources, and a wall of warnings would be ignored. It says how many claims lack a source and
 * where, pointing at the first such step.
 */
export const findClaimsWithoutEvidence: InsightFinder = (journey) => {
  const coverage = evidenceCoverage(journey);
  if (coverage.unbacked.length === 0) return [];
  const bare = coverage.unbacked.reduce((count, item) => count + (item.emotion ? 1 : 0) + item.painPoints.length, 0);
  const total = coverage.emotions.total + coverage.painPoints.total;
  const first = journey.steps.find((step) => step.id === coverage.unbacked[0]!.step)!;
  return [
    {
      code: 'claims-without-evidence',
      journey: journey.id,
      step: first.id,
      steps: coverage.unbacked.map((item) => item.step),
      pointer: stepPointer(journey, first),
      params: { bare, total },
    },
  ];
};

/** Share of a ratio as a whole percentage, or undefined when there is nothing to measure. */
export function percent({ backed, total }: Ratio): number | undefined {
  return total === 0 ? undefined : Math.round((backed / total) * 100);
}
