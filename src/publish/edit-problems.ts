import type { CheckResult } from '../core/index.ts';
import type { Problem } from '../core/problem.ts';
import { formatters, problemSentences, strings } from '../i18n/index.ts';

/** A problem as the page shows it: its message in the site's language when the site has a sentence for it. */
export interface PageProblem {
  code: string;
  severity: Problem['severity'];
  message: string;
  /** The language of `message`: the site's, or 'en' for a problem only the English catalogue words. */
  lang: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
}

/** The problems of `checked` as the page shows them, worded as the site's pages word them (RevisionProblems.astro). */
export function pageProblems(checked: CheckResult, problems: readonly Problem[]): PageProblem[] {
  const { config, personas } = checked.project;
  const sentence = problemSentences(strings(config.lang), formatters(config.lang, config.currency), {
    personaName: (id) => personas.find((persona) => persona.id === id)?.name,
    channelName: (id) => config.channels.get(id)?.name,
  });
  return problems.map((problem) => {
    const text = sentence(problem);
    return {
      code: problem.code,
      severity: problem.severity,
      message: text ?? problem.message,
      lang: text === undefined ? 'en' : config.lang,
      file: problem.file,
      line: problem.line,
      column: problem.column,
      pointer: problem.pointer,
    };
  });
}

/**
 * The errors of `after` that `before` did not have: what a change would add. Compared by code,
 * file and message (each counted), not by position, since adding a step moves the errors below it.
 */
export function addedErrors(before: readonly Problem[], after: readonly Problem[]): Problem[] {
  const key = (problem: Problem) => `${problem.code}\u0000${problem.file}\u0000${problem.message}`;
  const known = new Map<string, number>();
  for (const problem of before) if (problem.severity === 'error') known.set(key(problem), (known.get(key(problem)) ?? 0) + 1);
  return after.filter((problem) => {
    if (problem.severity !== 'error') return false;
    const left = known.get(key(problem)) ?? 0;
    if (left === 0) return true;
    known.set(key(problem), left - 1);
    return false;
  });
}
