import type { ProblemCode } from '../problem-codes.ts';
import type { ProblemParams, Severity } from '../problem.ts';

/**
 * A problem found in a file's data, before it is given a line and column. Positions are looked
 * up only for the few values that have a problem, so valid files cost nothing extra.
 */
export interface Finding {
  code: ProblemCode;
  file: string;
  pointer: string;
  /** Point at the key rather than the value (an unknown field is wrong in its name). */
  target?: 'key' | 'value';
  /** Overrides the code's usual severity. */
  severity?: Severity;
  /** What the finding is about, as data: its message is written from these (see Problem.params). */
  params?: ProblemParams;
}
