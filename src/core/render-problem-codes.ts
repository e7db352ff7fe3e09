import { PROBLEM_CODES } from './problem-codes.ts';

export const CODES_START = '<!-- problem-codes:start -->';
export const CODES_END = '<!-- problem-codes:end -->';

/** The README's table of problem codes, written from the catalogue by `npm run gen:docs`. */
export function renderProblemCodesTable(): string {
  const rows = Object.entries(PROBLEM_CODES).map(([code, { severity, summary }]) => `| \`${code}\` | ${severity} | ${summary} |`);
  return [CODES_START, '| code | severity | what it means |', '| --- | --- | --- |', ...rows, CODES_END].join('\n');
}

/** Replaces the table between the markers of a README. */
export function withProblemCodesTable(readme: string): string {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${CODES_START} ... ${CODES_END} block`);
  return readme.slice(0, start) + renderProblemCodesTable() + readme.slice(end + CODES_END.length);
}
