import type { Attachment, Evidence, Metrics } from './generated/journey.ts';
import type { Persona } from './generated/persona.ts';

/** Curve key used when a journey lists no persona: slugs cannot start with "_", so it never clashes. */
export const ALL_PERSONAS = '_all';

export interface JourneyModel {
  id: string;
  /** Path of the source file relative to the content root. */
  file: string;
  title: string;
  summary?: string;
  personas: string[];
  /** One emotion curve per key: the journey's personas, or [ALL_PERSONAS] when it lists none. */
  curves: string[];
  owner?: string;
  lastReviewed?: string;
  tags: string[];
  state: 'current' | 'target';
  targetOf?: string;
  stages: StageModel[];
  /** Every step in map order, each knowing its stage. */
  steps: StepModel[];
}

export interface StageModel {
  id: string;
  name: string;
  description?: string;
  /** The expectations' texts, in order (the object form `{ text, hypothesis }` gives its text). */
  expectations: string[];
  /** Indexes in `expectations` of those marked as hypotheses; absent when none is. */
  expectationHypotheses?: number[];
  experience?: string;
  steps: StepModel[];
}

export interface StepModel {
  id: string;
  name: string;
  description?: string;
  stageId: string;
  /** Position of the step in the whole journey, from 0: the column it takes on the map. */
  index: number;
  touchpoints: TouchpointModel[];
  /** Emotion per curve key; a key is missing where the YAML gives none, or null (the persona takes no part in the step). */
  emotion: Record<string, number>;
  thoughts: StatementModel[];
  painPoints: StatementModel[];
  opportunities: OpportunityModel[];
  momentOfTruth: boolean;
  /** Why this is a moment of truth, when the YAML says it. */
  momentOfTruthReason?: string;
  /** Present (true) when the team assumes the step is a moment of truth and has not verified it yet. */
  momentOfTruthHypothesis?: true;
  metrics: Metrics;
  backstage: BackstageModel[];
  evidence: Evidence[];
  attachments: Attachment[];
  subJourney?: string;
  /** Figures per period from the data/*.csv files, oldest first (absent when there are none). */
  measurements?: Measurement[];
}

/** The figures of a step for one period (YYYY-MM, YYYY-Qn or YYYY-MM-DD), from data/*.csv. */
export interface Measurement {
  period: string;
  /** First and last day the period covers (ISO dates). */
  start: string;
  end: string;
  metrics: Metrics;
}

export interface TouchpointModel {
  channel: string;
  name?: string;
  owned: boolean;
  description?: string;
}

export interface StatementModel {
  text: string;
  evidence: Evidence[];
  /** Present (true) only for an assumption the team has not verified yet. */
  hypothesis?: true;
}

export type Level = 'low' | 'medium' | 'high';
export type OpportunityStatus = 'idea' | 'planned' | 'in-progress' | 'done';

export interface OpportunityModel {
  title: string;
  description?: string;
  impact?: Level;
  effort?: Level;
  status: OpportunityStatus;
  owner?: string;
  /** The http(s) address of the issue, epic or ticket carrying the work. */
  link?: string;
}

export interface BackstageModel {
  text: string;
  team?: string;
  system?: string;
}

export interface PersonaModel extends Persona {
  file: string;
  goals: string[];
  frustrations: string[];
  preferredChannels: string[];
  tags: string[];
}
