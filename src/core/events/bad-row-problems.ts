import type { Problem } from '../problem.ts';
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
    problems.push({
      code: 'events-bad-row',
      severity: 'warning',
      message: `${more} more bad rows in ${file.path}, the first of them here, are left out of the analysis too.`,
      file: file.path,
      line: next.line,
      column: 1,
      pointer: '',
      params: { reason: 'more', more },
    });
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

const REASONS: Record<string, (value: string | undefined) => { message: string; hint?: string }> = {
  case: () => ({
    message: 'The row has no case id, so it belongs to no case.',
    hint: 'Fill in the case column, or drop the row from the export.',
  }),
  'timestamp-missing': () => ({ message: 'The row has no timestamp.' }),
  timestamp: (value) => ({
    message: `The timestamp \`${value}\` cannot be read as a date and time.`,
    hint: 'Write timestamps as ISO 8601 (2026-03-14T09:30:00, with an offset such as +01:00 when not UTC).',
  }),
  event: () => ({ message: 'The row has no event name.' }),
  'TOO MANY COLUMNS': () => ({
    message: 'The row has more fields than the header names: a value in an unknown column.',
    hint: 'Quote values that hold the separator.',
  }),
  'MISSING COLUMNS': () => ({ message: 'The row has fewer fields than the header names.' }),
};

function badRow(file: EventLogFile, line: number, reason: string, value: string | undefined): Problem {
  const { message, hint } = REASONS[reason]?.(value) ?? { message: `The row cannot be read as CSV (${value ?? reason}).` };
  return {
    code: 'events-bad-row',
    severity: 'warning',
    message: `${message} It is left out of the analysis.`,
    ...(hint ? { hint } : {}),
    file: file.path,
    line,
    column: 1,
    pointer: '',
    params: { reason, ...(value !== undefined && reason === 'timestamp' ? { value } : {}) },
  };
}
