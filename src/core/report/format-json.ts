import type { Problem } from '../problem.ts';

/**
 * `{"problems":[{file, line, column, severity, code, message, ...}]}`: the first six keys are a
 * contract for outside tooling; hint, endLine, endColumn and pointer follow when known.
 */
export function formatJson(problems: readonly Problem[]): string {
  const rows = problems.map((problem) => ({
    file: problem.file,
    line: problem.line,
    column: problem.column,
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.endLine !== undefined ? { endLine: problem.endLine, endColumn: problem.endColumn } : {}),
    pointer: problem.pointer,
  }));
  return `${JSON.stringify({ problems: rows }, null, 2)}\n`;
}
