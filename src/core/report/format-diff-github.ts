import type { ProjectDiff } from '../diff/diff-projects.ts';
import { escapeData, escapeProperty } from './format-github.ts';

export interface DiffGithubOptions {
  /** Paths must be relative to the repository root for GitHub to place the annotation. */
  displayPath?: (file: string) => string;
}

/**
 * One workflow command per change, at its line on the head side: `::warning` for warn,
 * `::notice` for info. A change with no place on the head side (a deleted journey) is
 * annotated on its base-side file, which GitHub shows in the run's summary.
 */
export function formatDiffGithub(diff: ProjectDiff, options: DiffGithubOptions = {}): string {
  const display = options.displayPath ?? ((file: string) => file);
  const lines: string[] = [];
  for (const subject of diff.subjects) {
    for (const change of subject.changes) {
      const where = change.location.after ?? change.location.before;
      const properties = [
        ...(where ? [`file=${escapeProperty(display(where.file))}`] : []),
        ...(where?.line !== undefined ? [`line=${where.line}`, `col=${where.column}`] : []),
        `title=${escapeProperty(`parcours ${change.kind}`)}`,
      ].join(',');
      lines.push(`::${change.level === 'warn' ? 'warning' : 'notice'} ${properties}::${escapeData(change.message)}\n`);
    }
  }
  for (const problem of diff.problems.after) {
    lines.push(
      `::error file=${escapeProperty(display(problem.file))},line=${problem.line},col=${problem.column},title=${escapeProperty(`parcours ${problem.code}`)}::${escapeData(problem.message)}\n`,
    );
  }
  return lines.join('');
}
