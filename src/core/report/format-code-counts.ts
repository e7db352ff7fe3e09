import type { Problem } from '../problem.ts';

/** Above this many problems a report ends with a count per code, so thousands read in one screen. */
export const COUNTS_FROM = 20;

/**
 * A count of problems per code, most frequent first (then by code), with each code's severity:
 * the last lines of a long report, the way ESLint and Redocly end theirs.
 */
export function formatCodeCounts(problems: readonly Problem[]): string {
  const counts = new Map<string, { severity: Problem['severity']; count: number }>();
  for (const problem of problems) {
    const key = `${problem.severity} ${problem.code}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { severity: problem.severity, count: 1 });
  }
  const rows = [...counts].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1));
  const width = String(rows[0]?.[1].count ?? 0).length;
  return `${['By code:', ...rows.map(([key, { count }]) => `  ${String(count).padStart(width)}  ${key.replace(' ', ' '.repeat(key.startsWith('error') ? 3 : 1))}`)].join('\n')}\n`;
}
