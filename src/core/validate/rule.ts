import type { Insight } from '../insights/insight.ts';
import type { Journey, Step } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { JourneyModel } from '../model/project.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';
import type { Finding } from './finding.ts';

/** A content file whose data passed its schema, so rules may rely on its shape. */
export interface CheckedFile<T> {
  path: string;
  /** File name without directory and extension: what the id must equal. */
  stem: string;
  data: T;
}

/**
 * What a rule about one file alone sees: nothing but a way to report. Its findings depend on the
 * file's text and path only, so they are kept in the content cache with the file (check/check-file.ts).
 */
export interface AloneContext {
  report(finding: Finding): void;
}

interface BaseContext {
  config: ResolvedConfig;
  /** Today, injected so tests of review ages do not depend on the clock. */
  now: Date;
  report(finding: Finding): void;
}

/**
 * What a rule sees of one journey. Journeys are checked one at a time, after the config and
 * every persona, while the journey's positioned YAML is still at hand: its findings are
 * located from the parse that read it, which is then dropped.
 */
export interface JourneyContext extends BaseContext {
  /** Ids of every persona that has one, valid or not, so one broken file does not make every reference to it an error too. */
  personaIds: ReadonlySet<string>;
  /** The journey's resolved model, built once and kept for the project. */
  model: JourneyModel;
  /** The journey's insights (src/core/insights), computed once for all the rules that report them. */
  insights(): readonly Insight[];
  /** Files under public/ with their sizes, when the check reads a content root (not for texts alone). */
  publicFiles?: ReadonlyMap<string, number> | undefined;
}

export type PersonaContext = BaseContext;

/** What the project rules need of a journey: a few facts, so whole journeys need not be kept. */
export interface JourneyFacts {
  path: string;
  id: string;
  state: 'current' | 'target';
  targetOf?: string;
  /** Each step's `subJourney`, with the JSON pointer of the field. */
  subJourneys: { pointer: string; id: string }[];
}

/** What the project rules need of a persona. */
export interface PersonaFacts {
  path: string;
  id: string;
}

/** What a rule sees once every file is read: for what spans files. */
export interface ProjectContext extends BaseContext {
  /** Every journey and persona that passed its schema. */
  journeys: readonly JourneyFacts[];
  personas: readonly PersonaFacts[];
  configFile: string | undefined;
  journeyIds: ReadonlySet<string>;
  personaIds: ReadonlySet<string>;
  /** Personas named by any journey that could be read, valid or not. */
  referencedPersonas: ReadonlySet<string>;
  /** Some journey could not be read or parsed, so what the journeys reference is not fully known. */
  journeysIncomplete: boolean;
}

/**
 * A rule that JSON Schema cannot express; each lives in a file named after its code. A rule
 * about one file read alone implements `journeyAlone` or `personaAlone` (run once per content
 * hash: the cache keeps their findings); one that also reads the config, the personas or the
 * day implements `journey` or `persona`; only what needs every file uses `project`.
 */
export interface Rule {
  journeyAlone?(file: CheckedFile<Journey>, context: AloneContext): void;
  personaAlone?(file: CheckedFile<Persona>, context: AloneContext): void;
  journey?(file: CheckedFile<Journey>, context: JourneyContext): void;
  persona?(file: CheckedFile<Persona>, context: PersonaContext): void;
  project?(context: ProjectContext): void;
}

export interface StepVisit {
  step: Step;
  stageIndex: number;
  stepIndex: number;
  pointer: string;
}

/** Every step of a journey with its JSON pointer, in map order. */
export function* stepsOf(journey: Journey): Generator<StepVisit> {
  for (let stageIndex = 0; stageIndex < journey.stages.length; stageIndex++) {
    const steps = journey.stages[stageIndex]!.steps;
    for (let stepIndex = 0; stepIndex < steps.length; stepIndex++) {
      yield { step: steps[stepIndex]!, stageIndex, stepIndex, pointer: `/stages/${stageIndex}/steps/${stepIndex}` };
    }
  }
}
