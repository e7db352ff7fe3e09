import type { Problem } from '../problem.ts';
import type { Wording } from './wording.ts';

export interface GithubOptions {
  /** Paths must be relative to the repository root for GitHub to place the annotation. */
  displayPath?: (file: string) => string;
  /** The language of the annotations (English by default: each problem's own message and hint). */
  wording?: Pick<Wording, 'describe'>;
}

/**
 * GitHub Actions workflow commands (`::error file=...,line=...,col=...::message`), which GitHub
 * shows inline on the pull request's changed lines.
 * Escaping follows @actions/core's command.ts: data escapes % CR LF; properties also , and :.
 */
export function formatGithub(problems: readonly Problem[], options: GithubOptions = {}): string {
  const display = options.displayPath ?? ((file: string) => file);
  return problems
    .map((problem) => {
      const properties = [
        `file=${escapeProperty(display(problem.file))}`,
        `line=${problem.line}`,
        `col=${problem.column}`,
        ...(problem.endLine !== undefined ? [`endLine=${problem.endLine}`] : []),
        ...(problem.endLine === problem.line && problem.endColumn !== undefined ? [`endColumn=${problem.endColumn}`] : []),
        `title=${escapeProperty(`parcours ${problem.code}`)}`,
      ].join(',');
      const { message: said, hint } = options.wording?.describe(problem) ?? problem;
      const message = hint ? `${said} ${hint}` : said;
      return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
