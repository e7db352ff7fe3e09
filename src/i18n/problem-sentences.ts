import type { Formatters } from '../core/messages/format.ts';
import { catalogue, describeProblem } from '../core/messages/index.ts';
import type { Problem } from '../core/problem.ts';
import type { Strings } from './fr.ts';

/** How the site names what a problem is about; ids are shown only when no name is known. */
export interface ProblemNames {
  personaName(id: string): string | undefined;
  channelName(id: string): string | undefined;
}

/**
 * A writer of problems in the site's language, from the catalogue entry of each code
 * (src/core/messages/) and what the problem holds as data (its `params`: ids, names, numbers),
 * naming steps, personas and channels rather than showing ids. The core's `message` is the same
 * entry in English with ids, for `validate` and the JSON formats.
 */
export function problemSentences(t: Strings, fmt: Formatters, names: ProblemNames): (problem: Pick<Problem, 'code' | 'params'>) => string {
  const language = catalogue(t.lang);
  const [open, close] = language.quotes;
  const quote = (text: string) => `${open}${text}${close}`;
  const naming = {
    quote,
    code: quote,
    stepName: (id: string, name?: string) => quote(name ?? id),
    // A persona the site does not know (an emotion given for a persona that does not exist) keeps its id, quoted.
    persona: (id: string) => names.personaName(id) ?? quote(id),
    channel: (id: string) => names.channelName(id) ?? id,
    number: fmt.number,
    date: fmt.date,
  };
  const titles: Partial<Record<string, string>> = t.insights.codes;
  return (problem) => {
    const title = titles[problem.code];
    if (title === undefined) return describeProblem(problem.code, problem.params, language, naming).message;
    // An insight reads as on the journey page: its title, its sentence, then the steps it sums up by name.
    const { stepNames, ...params } = problem.params ?? {};
    const steps = Array.isArray(stepNames) ? stepNames : [];
    const text = `${title}${t.colon}${describeProblem(problem.code, params, language, naming).message}`;
    return steps.length > 0 ? `${text} ${t.insights.steps}${t.colon}${steps.map(quote).join(', ')}.` : text;
  };
}
