import type { Change } from '../diff/change.ts';
import type { ProjectDiff } from '../diff/diff-projects.ts';
import { catalogue, type ReportWords } from '../messages/index.ts';
import type { Problem } from '../problem.ts';
import type { DiffLabels } from './diff-labels.ts';
import { oneLine } from './one-line.ts';

export interface DiffPrettyOptions {
  /** How paths are shown (relative to the current directory, say). */
  displayPath?: (file: string) => string;
  color?: boolean;
  /** The report's language: its words, each change's sentence and each problem's message (English by default). */
  language?: DiffLanguage;
}

export interface DiffLanguage {
  words: ReportWords['diffPretty'];
  sentence(change: Change): string;
  problem(problem: Problem): string;
}

const ENGLISH: DiffLanguage = {
  words: catalogue('en').reports.diffPretty,
  sentence: (change) => change.message,
  problem: (problem) => problem.message,
};

const STYLES = { yellow: [33, 39], dim: [2, 22], bold: [1, 22], red: [31, 39] } as const;

/** Human output: each journey and persona that changed, then its changes with level, kind, place and message. */
export function formatDiffPretty(diff: ProjectDiff, labels: DiffLabels, options: DiffPrettyOptions = {}): string {
  const paint = (style: keyof typeof STYLES, text: string) =>
    options.color ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text;
  const shown = options.displayPath ?? ((file: string) => file);
  // Names, messages and file names come from the content: each stays on its line (see oneLine).
  const display = (file: string) => oneLine(shown(file));
  const { words, sentence, problem: describe } = options.language ?? ENGLISH;
  const blocks: string[] = [];
  for (const subject of diff.subjects) {
    const lines = [
      paint(
        'bold',
        `${words.types[subject.type]} ${oneLine(subject.id)} “${oneLine(subject.name)}” (${words.statuses[subject.status]})${words.colon}${words.counts(subject.changes.length, subject.warnings)}`,
      ),
    ];
    for (const change of subject.changes) {
      const where = change.location.after ?? change.location.before;
      const place = where ? `${display(where.file)}${where.line !== undefined ? `:${where.line}:${where.column}` : ''}` : '';
      lines.push(
        `  ${change.level === 'warn' ? paint('yellow', 'warn') : 'info'} ${paint('dim', change.kind)} ${place}`,
        `    ${oneLine(sentence(change))}`,
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
        paint('red', words.errorsIn(problems.length, side, labels[side])),
        ...problems.map(
          (problem) =>
            `  ${display(problem.file)}:${problem.line}:${problem.column} ${paint('dim', problem.code)} ${oneLine(describe(problem))}`,
        ),
      ].join('\n'),
    );
  }
  const { subjects, changes, warnings } = diff.totals;
  blocks.push(
    subjects === 0 ? words.noChange(labels.base, labels.head) : words.totals(changes, warnings, subjects, labels.base, labels.head),
  );
  return `${blocks.join('\n\n')}\n`;
}
