import { describeProblem } from './messages/index.ts';
import { PROBLEM_CODES, type ProblemCode, type Severity } from './problem-codes.ts';
import type { Problem, ProblemParams } from './problem.ts';

/** Where a problem is: a file, and in it a line and column (1 by default) and a JSON pointer ("" by default). */
export interface ProblemPlace {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  pointer?: string;
}

/**
 * The one way a problem is made, whatever found it: its code, its place and its params. The
 * English `message` and `hint` (what `validate` and the JSON formats print) come from the
 * English catalogue (src/core/messages/problems/en.ts); other languages write theirs from the
 * same code and params. `severity` overrides the code's usual one.
 */
export function problem(code: ProblemCode, place: ProblemPlace, params: ProblemParams = {}, severity?: Severity): Problem {
  const { message, hint } = describeProblem(code, params);
  return {
    code,
    severity: severity ?? PROBLEM_CODES[code].severity,
    message,
    hint,
    file: place.file,
    line: place.line ?? 1,
    column: place.column ?? 1,
    ...(place.endLine !== undefined ? { endLine: place.endLine, endColumn: place.endColumn } : {}),
    pointer: place.pointer ?? '',
    params,
  };
}

/** Params with the close candidate that a did-you-mean hint names, when there is one. */
export function suggesting(params: ProblemParams, suggestion: string | undefined): ProblemParams {
  return suggestion === undefined ? params : { ...params, suggestion };
}
