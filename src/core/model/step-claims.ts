import type { StepModel } from './project.ts';

/** What a journey map asserts about its customers, that a date can be put on. */
export type ClaimKind = 'thought' | 'painPoint' | 'opportunity' | 'momentOfTruth';

/** One claim of a step, as the map shows it. */
export interface Claim {
  step: string;
  kind: ClaimKind;
  /** Its wording: the text, the opportunity's title, the moment of truth's reason ("" when it gives none). */
  text: string;
}

/** The key of a claim: the same step, kind and wording give the same key. */
export function claimKey(claim: Claim): string {
  return `${claim.step}\u0000${claim.kind}\u0000${claim.text}`;
}

/** The claims of one step, in map order: thoughts, pain points, opportunities, moment of truth. */
export function stepClaims(step: StepModel): Claim[] {
  return [
    ...step.thoughts.map((item) => ({ step: step.id, kind: 'thought' as const, text: item.text })),
    ...step.painPoints.map((item) => ({ step: step.id, kind: 'painPoint' as const, text: item.text })),
    ...step.opportunities.map((item) => ({ step: step.id, kind: 'opportunity' as const, text: item.title })),
    ...(step.momentOfTruth ? [{ step: step.id, kind: 'momentOfTruth' as const, text: step.momentOfTruthReason ?? '' }] : []),
  ];
}
