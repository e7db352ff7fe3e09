import type { Journey, Step } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';
import type { Finding } from './finding.ts';

/** A content file whose data passed its schema, so rules may rely on its shape. */
export interface CheckedFile<T> {
  path: string;
  /** File name without directory and extension: what the id must equal. */
  stem: string;
  data: T;
}

export interface RuleContext {
  journeys: readonly CheckedFile<Journey>[];
  personas: readonly CheckedFile<Persona>[];
  config: ResolvedConfig;
  configFile: string | undefined;
  /** Ids of every journey and persona that has one, valid or not, so one broken file does not make every reference to it an error too. */
  journeyIds: ReadonlySet<string>;
  personaIds: ReadonlySet<string>;
  /** Personas named by any journey that could be read, valid or not. */
  referencedPersonas: ReadonlySet<string>;
  /** Some journey could not be read or parsed, so what the journeys reference is not fully known. */
  journeysIncomplete: boolean;
  /** Today, injected so tests of review ages do not depend on the clock. */
  now: Date;
  report(finding: Finding): void;
}

/** A rule that JSON Schema cannot express; each lives in a file named after its code. */
export interface Rule {
  check(context: RuleContext): void;
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
