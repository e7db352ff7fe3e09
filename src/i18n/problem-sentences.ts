import type { InsightCode } from '../core/insights/insight.ts';
import type { ProblemCode } from '../core/problem-codes.ts';
import type { Problem, ProblemParams } from '../core/problem.ts';
import type { Formatters } from './format.ts';
import type { Strings } from './fr.ts';
import { enProblems } from './problems/en.ts';
import { frProblems } from './problems/fr.ts';

/** The pieces a problem's sentence is made of, already written for the site's language, with names. */
export interface ProblemParts {
  params: ProblemParams;
  t: Strings;
  /** A text between the language's quotation marks. */
  quote(text: string): string;
  /** The quoted name of the problem's step (its name at that revision, its id when none is known). */
  step: string;
  /** The names of the problem's personas (a quoted id for one the site does not know). */
  personas: string[];
  /** The name of its persona. */
  persona: string;
  /** The name of its channel. */
  channel: string;
  /** A number parameter written for the language. */
  number(name: string): string;
  /** A text parameter as it is. */
  text(name: string): string;
  /** A date parameter (YYYY-MM-DD) written for the language. */
  date(name: string): string;
}

export type ProblemSentences = { readonly [code in ProblemCode]?: (parts: ProblemParts) => string };

/** How the site names what a problem is about; ids are shown only when no name is known. */
export interface ProblemNames {
  personaName(id: string): string | undefined;
  channelName(id: string): string | undefined;
}

const SENTENCES: Record<Strings['lang'], ProblemSentences> = { fr: frProblems, en: enProblems };
const QUOTES: Record<Strings['lang'], [string, string]> = { fr: ['«\u00a0', '\u00a0»'], en: ['“', '”'] };

/** True for the codes the insights (src/core/insights) report, which the site words as the journey page does. */
function isInsight(code: ProblemCode, t: Strings): code is InsightCode {
  return Object.hasOwn(t.insights.texts, code);
}

/** Whether the site has a sentence of its own for a problem code, in the language of `t`. */
export function hasProblemSentence(code: ProblemCode, t: Strings): boolean {
  return isInsight(code, t) || SENTENCES[t.lang][code] !== undefined;
}

/**
 * A writer of problems in the site's language, from what the problem holds as data (its code and
 * `params`: ids, names, numbers), naming steps, personas and channels rather than showing ids. The
 * core's `message` stays English for `validate` and the JSON formats; this is the site's reading
 * of the same problem. Undefined when the language has no sentence for the code or the problem
 * carries no params (schema and YAML problems): the page then shows the English message.
 */
export function problemSentences(t: Strings, fmt: Formatters, names: ProblemNames): (problem: Problem) => string | undefined {
  const [open, close] = QUOTES[t.lang];
  const quote = (text: string) => `${open}${text}${close}`;
  const sentences = SENTENCES[t.lang];
  return (problem) => {
    const { params } = problem;
    if (params === undefined) return undefined;
    const text = (name: string) => {
      const value = params[name];
      return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    };
    const list = (name: string) => {
      const value = params[name];
      return value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
    };
    // A persona the site does not know (an emotion given for a persona that does not exist) keeps its id, quoted.
    const personaName = (id: string) => names.personaName(id) ?? quote(id);
    const stepName = text('stepName') || text('step');
    if (isInsight(problem.code, t)) {
      const steps = list('stepNames');
      const text = `${t.insights.codes[problem.code]}${t.colon}${t.insights.texts[problem.code](stepName, list('personas').map(personaName), steps.length)}`;
      // As the journey page lists them after the insight: the steps it sums up, by name.
      return steps.length > 0 ? `${text} ${t.insights.steps}${t.colon}${steps.map(quote).join(', ')}.` : text;
    }
    const sentence = sentences[problem.code];
    if (!sentence) return undefined;
    return sentence({
      params,
      t,
      quote,
      step: quote(stepName),
      personas: list('personas').map(personaName),
      persona: personaName(text('persona')),
      channel: names.channelName(text('channel')) ?? text('channel'),
      number: (name) => (typeof params[name] === 'number' ? fmt.number(params[name] as number) : text(name)),
      text,
      date: (name) => fmt.date(text(name)),
    });
  };
}
