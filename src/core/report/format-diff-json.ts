import type { ProjectDiff } from '../diff/diff-projects.ts';
import type { Problem } from '../problem.ts';
import type { DiffLabels } from './diff-labels.ts';

/** The diff as JSON, in the shape docs/diff-format.md documents: labels, totals, subjects with their changes, problems. */
export function formatDiffJson(diff: ProjectDiff, labels: DiffLabels): string {
  const problems = { before: diff.problems.before.map(withoutParams), after: diff.problems.after.map(withoutParams) };
  return `${JSON.stringify({ base: labels.base, head: labels.head, totals: diff.totals, subjects: diff.subjects, problems }, null, 2)}\n`;
}

/** A problem in the shape of `validate --format json`: params are for the site's sentences, not part of the JSON. */
function withoutParams({ params: _params, ...problem }: Problem): Omit<Problem, 'params'> {
  return problem;
}
