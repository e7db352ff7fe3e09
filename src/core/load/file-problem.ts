import { PROBLEM_CODES, type ProblemCode } from '../problem-codes.ts';
import type { Problem } from '../problem.ts';

/** A problem about a file as a whole, or at a known line and column of it. */
export function fileProblem(code: ProblemCode, file: string, message: string, hint?: string, line = 1, column = 1): Problem {
  return {
    code,
    severity: PROBLEM_CODES[code].severity,
    message,
    ...(hint ? { hint } : {}),
    file,
    line,
    column,
    pointer: '',
  };
}
