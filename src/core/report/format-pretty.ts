import { catalogue } from '../messages/index.ts';
import type { Problem } from '../problem.ts';
import { countBySeverity } from '../problem.ts';
import type { Wording } from './wording.ts';
import { codeFrame } from './code-frame.ts';
import { oneLine } from './one-line.ts';

export interface PrettyOptions {
  /** The text of each file, by the path problems use, for code frames. */
  texts?: ReadonlyMap<string, string>;
  /** How paths are shown (relative to the current directory, say); defaults to the problem's path. */
  displayPath?: (file: string) => string;
  color?: boolean;
  /** The language of the report: its words and each problem's message and hint (English by default). */
  wording?: Wording;
}

const ENGLISH: Wording = {
  words: catalogue('en').reports,
  describe: (problem) => ({ message: problem.message, hint: problem.hint }),
};

const STYLES = { red: [31, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22], cyan: [36, 39] } as const;

/** Human output: `path:line:col`, severity and code, the message, its hint and a code frame. */
export function formatPretty(problems: readonly Problem[], options: PrettyOptions = {}): string {
  const paint = (style: keyof typeof STYLES, text: string) =>
    options.color ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text;
  const shown = options.displayPath ?? ((file: string) => file);
  // Messages quote the content, and file names may hold any character: each stays on its line.
  const display = (file: string) => oneLine(shown(file));
  const { words, describe } = options.wording ?? ENGLISH;
  const blocks = problems.map((problem) => {
    const severity = problem.severity === 'error' ? paint('red', words.severities.error) : paint('yellow', words.severities.warning);
    const { message, hint } = describe(problem);
    const lines = [
      `${paint('bold', `${display(problem.file)}:${problem.line}:${problem.column}`)} ${severity} ${paint('dim', problem.code)}`,
      `  ${oneLine(message)}`,
    ];
    if (hint) lines.push(`  ${paint('cyan', words.hint)} ${oneLine(hint)}`);
    const text = options.texts?.get(problem.file);
    if (text !== undefined && problem.line > 0) {
      lines.push('', codeFrame(text, problem.line, problem.column, problem.endLine, problem.endColumn).replace(/^/gm, '  '));
    }
    return lines.join('\n');
  });
  const { errors, warnings } = countBySeverity(problems);
  const files = new Set(problems.map((problem) => problem.file)).size;
  const summary = problems.length === 0 ? words.noProblems : words.summary(errors, warnings, files);
  return `${[...blocks, summary].join('\n\n')}\n`;
}
