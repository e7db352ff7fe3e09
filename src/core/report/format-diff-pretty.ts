import type { ProjectDiff } from '../diff/diff-projects.ts';
import type { DiffLabels } from './diff-labels.ts';
import { oneLine } from './one-line.ts';

export interface DiffPrettyOptions {
  /** How paths are shown (relative to the current directory, say). */
  displayPath?: (file: string) => string;
  color?: boolean;
}

const STYLES = { yellow: [33, 39], dim: [2, 22], bold: [1, 22], red: [31, 39] } as const;

/** Human output: each journey and persona that changed, then its changes with level, kind, place and message. */
export function formatDiffPretty(diff: ProjectDiff, labels: DiffLabels, options: DiffPrettyOptions = {}): string {
  const paint = (style: keyof typeof STYLES, text: string) =>
    options.color ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text;
  const shown = options.displayPath ?? ((file: string) => file);
  // Names, messages and file names come from the content: each stays on its line (see oneLine).
  const display = (file: string) => oneLine(shown(file));
  const blocks: string[] = [];
  for (const subject of diff.subjects) {
    const lines = [
      paint(
        'bold',
        `${subject.type} ${oneLine(subject.id)} “${oneLine(subject.name)}” (${subject.status}): ${count(subject.changes.length, 'change')}, ${count(subject.warnings, 'warning')}`,
      ),
    ];
    for (const change of subject.changes) {
      const where = change.location.after ?? change.location.before;
      const place = where ? `${display(where.file)}${where.line !== undefined ? `:${where.line}:${where.column}` : ''}` : '';
      lines.push(
        `  ${change.level === 'warn' ? paint('yellow', 'warn') : 'info'} ${paint('dim', change.kind)} ${place}`,
        `    ${oneLine(change.message)}`,
      );
    }
    blocks.push(lines.join('\n'));
  }
  for (const [side, problems] of [
    ['base', diff.problems.before],
    ['head', diff.problems.after],
  ] as const) {
    if (problems.length === 0) continue;
    blocks.push(
      [
        paint('red', `${count(problems.length, 'error')} in the ${side} content (${labels[side]}):`),
        ...problems.map(
          (problem) =>
            `  ${display(problem.file)}:${problem.line}:${problem.column} ${paint('dim', problem.code)} ${oneLine(problem.message)}`,
        ),
      ].join('\n'),
    );
  }
  const { subjects, changes, warnings } = diff.totals;
  blocks.push(
    subjects === 0
      ? `No change to journeys or personas between ${labels.base} and ${labels.head}.`
      : `${count(changes, 'change')} (${count(warnings, 'warning')}) in ${count(subjects, 'journey or persona', 'journeys or personas')} between ${labels.base} and ${labels.head}.`,
  );
  return `${blocks.join('\n\n')}\n`;
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value} ${value === 1 ? one : many}`;
}
