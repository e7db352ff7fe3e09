import type { Lang } from '../model/lang.ts';
import type { ProblemCode } from '../problem-codes.ts';
import type { ProblemParams } from '../problem.ts';
import type { Catalogue, Names, Params } from './catalogue.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

export type {
  Catalogue,
  ChangeMessages,
  MessageEntry,
  Names,
  Params,
  ProblemMessages,
  ReportWords,
  SentenceParts,
  Words,
} from './catalogue.ts';

const CATALOGUES: Record<Lang, Catalogue> = { en, fr };

/** The catalogue of one language: the one way to choose it. */
export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** A problem's params, read by name. */
export function readParams(raw: ProblemParams = {}): Params {
  return {
    raw,
    has: (name) => raw[name] !== undefined && raw[name] !== '',
    text: (name) => {
      const value = raw[name];
      return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    },
    number: (name) => Number(raw[name] ?? 0),
    list: (name) => {
      const value = raw[name];
      return value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
    },
  };
}

/** What a reader knows to name things, before it is bound to one problem's step. */
export type Naming = Omit<Names, 'step'>;

const tick = (text: string) => `\`${text}\``;

/** How the terminal and the JSON formats name things: ids in backquotes, numbers and dates as written. */
export const TERMINAL_NAMING: Naming = {
  quote: tick,
  code: tick,
  stepName: (id) => tick(id),
  persona: tick,
  channel: (id) => id,
  number: (value) => String(value),
  date: (iso) => iso,
};

/** A problem's message and hint in a catalogue's language, named as `naming` names things. */
export function describeProblem(
  code: ProblemCode,
  raw: ProblemParams | undefined,
  language: Catalogue = en,
  naming: Naming = TERMINAL_NAMING,
): { message: string; hint: string } {
  const params = readParams(raw);
  const names: Names = {
    ...naming,
    step: naming.stepName(params.text('step'), params.has('stepName') ? params.text('stepName') : undefined),
  };
  const entry = language.problems[code];
  return { message: entry.message(params, names), hint: entry.hint(params, names) };
}
