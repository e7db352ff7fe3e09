import type { JourneyModel, StepModel } from '../core/index.ts';

/** The rows of the map under the stage and step headers, in the order they are drawn. */
export const LANES = [
  'description',
  'touchpoints',
  'emotion',
  'thoughts',
  'painPoints',
  'opportunities',
  'momentOfTruth',
  'backstage',
  'metrics',
  'evidence',
] as const;
export type Lane = (typeof LANES)[number];

const HAS_CONTENT: Record<Lane, (step: StepModel) => boolean> = {
  description: (step) => step.description !== undefined,
  touchpoints: (step) => step.touchpoints.length > 0,
  emotion: (step) => Object.keys(step.emotion).length > 0,
  thoughts: (step) => step.thoughts.length > 0,
  painPoints: (step) => step.painPoints.length > 0,
  opportunities: (step) => step.opportunities.length > 0,
  momentOfTruth: (step) => step.momentOfTruth,
  backstage: (step) => step.backstage.length > 0,
  metrics: (step) => Object.values(step.metrics).some((value) => value !== undefined),
  evidence: (step) => stepEvidence(step).length > 0 || step.attachments.length > 0,
};

/** The lanes of a journey's map: every lane that at least one step fills, so empty rows take no room. */
export function mapLanes(journey: JourneyModel): Lane[] {
  return LANES.filter((lane) => journey.steps.some(HAS_CONTENT[lane]));
}

/** The sources behind a step: its own evidence, then those of its thoughts and pain points, each once. */
export function stepEvidence(step: StepModel): StepModel['evidence'] {
  const all = [...step.evidence, ...step.thoughts.flatMap((item) => item.evidence), ...step.painPoints.flatMap((item) => item.evidence)];
  const seen = new Set<string>();
  return all.filter((evidence) => {
    const key = `${evidence.source}\u0000${evidence.href ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
