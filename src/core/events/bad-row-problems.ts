import { problem } from '../make-problem.ts';
import type { Problem, ProblemParams } from '../problem.ts';
import type { EventLogFile } from './find-event-logs.ts';

/** Bad rows shown per file; the others are counted. */
export const BAD_ROWS_SHOWN = 5;

/** A row left out: by its row number among the rows read (value problems) or its line (rows DuckDB rejected). */
export type BadRow = { row: number; reason: string; value?: string } | { line: number; reason: string; value?: string };

/**
 * The first bad rows of a file as problems at file:line, then one problem counting the rest.
 * A CSV row's line is its row number plus the header, plus the rejected lines above it (a
 * quoted value spanning lines shifts it: logs rarely hold one). A Parquet row is named by its
 * row number. Each problem says why the row was left out; a case id is never quoted.
 */
export function badRowProblems(file: EventLogFile, rows: readonly BadRow[], rejects: readonly BadRow[], total: number): Problem[] {
  const rejectLines = rejects.map((reject) => ('line' in reject ? reject.line : 0)).sort((a, b) => a - b);
  const located = [
    ...rows.map((row) => ({ ...row, line: lineOf(file, row, rejectLines) })),
    ...rejects.map((row) => ({ ...row, line: 'line' in row ? row.line : 0 })),
  ].sort((a, b) => a.line - b.line);
  const problems = located.slice(0, BAD_ROWS_SHOWN).map((row) => badRow(file, row.line, row.reason, row.value));
  const next = located[BAD_ROWS_SHOWN];
  if (next && total > BAD_ROWS_SHOWN) {
    const more = total - BAD_ROWS_SHOWN;
    problems.push(problem('events-bad-row', { file: file.path, line: next.line }, { reason: 'more', more }));
  }
  return problems;
}

function lineOf(file: EventLogFile, row: BadRow, rejectLines: readonly number[]): number {
  if ('line' in row) return row.line;
  if (file.format === 'parquet') return row.row;
  let line = row.row + 1;
  for (const rejected of rejectLines) if (rejected <= line) line++;
  return line;
}

/** The reasons the catalogue names (src/core/messages/problems/); DuckDB's other reject types come with its own words. */
const KNOWN_REASONS = new Set(['case', 'timestamp-missing', 'timestamp', 'event', 'TOO MANY COLUMNS', 'MISSING COLUMNS']);

/** A bad row's problem; only a timestamp is quoted from the row, never a case id. */
function badRow(file: EventLogFile, line: number, reason: string, value: string | undefined): Problem {
  const params: ProblemParams =
    reason === 'timestamp' && value !== undefined
      ? { reason, value }
      : KNOWN_REASONS.has(reason)
        ? { reason }
        : { reason, detail: value ?? reason };
  return problem('events-bad-row', { file: file.path, line }, params);
}
