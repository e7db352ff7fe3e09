import { catalogue, describeProblem, TERMINAL_NAMING } from '../messages/index.ts';
import type { Lang } from '../model/lang.ts';
import type { Problem } from '../problem.ts';
import type { ReportWords } from '../messages/index.ts';

/** What a human-facing report needs to speak a language: its own words, and each problem's message and hint. */
export interface Wording {
  words: ReportWords;
  describe(problem: Problem): { message: string; hint?: string | undefined };
}

/**
 * The wording of terminal reports in `lang`: the catalogue's words, and each problem written from
 * its code and params by the language's entry, naming things by id as the terminal does. A problem
 * without params (made before the catalogue, or by a tool) keeps its own message.
 */
export function terminalWording(lang: Lang): Wording {
  const language = catalogue(lang);
  return {
    words: language.reports,
    describe: (problem) =>
      lang === 'en' || problem.params === undefined
        ? { message: problem.message, hint: problem.hint }
        : describeProblem(problem.code, problem.params, language, TERMINAL_NAMING),
  };
}
