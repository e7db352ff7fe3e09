import { PROBLEM_CODES, type ProblemCode } from '../problem-codes.ts';
import type { Problem } from '../problem.ts';

/** A problem at a place in a CSV or text file that is not YAML, so it has no JSON pointer. */
export function problemAt(code: ProblemCode, file: string, at: { line: number; column: number }, message: string, hint?: string): Problem {
  return {
    code,
    severity: PROBLEM_CODES[code].severity,
    message,
    ...(hint ? { hint } : {}),
    file,
    line: at.line,
    column: at.column,
    pointer: '',
  };
}
