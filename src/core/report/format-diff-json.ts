import type { ProjectDiff } from '../diff/diff-projects.ts';
import type { DiffLabels } from './diff-labels.ts';

/** The diff as JSON, in the shape docs/diff-format.md documents: labels, totals, subjects with their changes, problems. */
export function formatDiffJson(diff: ProjectDiff, labels: DiffLabels): string {
  return `${JSON.stringify({ base: labels.base, head: labels.head, totals: diff.totals, subjects: diff.subjects, problems: diff.problems }, null, 2)}\n`;
}
