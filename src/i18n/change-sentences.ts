import type { Change, JsonValue } from '../core/diff/change.ts';
import type { ChangeKind } from '../core/diff/change-kinds.ts';
import type { JourneyModel } from '../core/model/project.ts';
import { ALL_PERSONAS } from '../core/model/project.ts';
import { enSentences } from './changes/en.ts';
import { frSentences } from './changes/fr.ts';
import { en } from './en.ts';
import { formatters, type Formatters } from './format.ts';
import type { Strings } from './fr.ts';

/** How to name what a change is about; ids are shown only when no name is known. */
export interface ChangeNames {
  journeyTitle(id: string): string | undefined;
  personaName(id: string): string | undefined;
  channelName(id: string): string | undefined;
}

/** What a writer knows to name a change's elements, in the language of `t`. */
export interface SentenceContext extends ChangeNames {
  t: Strings;
  fmt: Formatters;
  /** The versions compared (newer first; either may be absent): stage and step names are looked up there, then in the site. */
  journeys: readonly (JourneyModel | undefined)[];
}

/** The pieces a language's sentences are made of, already written for that language. */
export interface SentenceParts {
  change: Change;
  t: Strings;
  /** A text between the language's quotation marks. */
  quote(text: string): string;
  /** The quoted title of the change's journey. */
  journey: string;
  /** The quoted name of a stage (the change's stage by default). */
  stage(id?: string): string;
  /** The quoted name of the change's step. */
  step: string;
  /** The persona's name, or the language's "all customers". */
  persona: string;
  channel(id: JsonValue | undefined): string;
  /** A value of `before`/`after` as the site shows that field: names for ids, words for enums, dates and numbers written for the language, text quoted, absent values as "none". */
  value(value: JsonValue | undefined): string;
  number(value: number): string;
  signed(value: number): string;
  /** A metric's value with its unit (percent, minutes). */
  metric(value: JsonValue | undefined): string;
  /** The file the change points at, on whichever side it has one. */
  file: string;
}

export type Sentences = Record<ChangeKind, (parts: SentenceParts) => string>;

const SENTENCES: Record<Strings['lang'], Sentences> = { fr: frSentences, en: enSentences };
const QUOTES: Record<Strings['lang'], [string, string]> = { fr: ['«\u00a0', '\u00a0»'], en: ['“', '”'] };
const PERCENT_METRICS = new Set(['csat', 'conversion', 'dropOff']);

/**
 * A writer of changes as sentences in the site's language, naming journeys, stages, steps,
 * personas and channels by the names the site knows. The core's `message` stays English (the
 * CLI's and JSON's contract); this is the site's reading of the same change. Pure: the same
 * change and context always give the same text (Intl runs with a fixed locale in `fmt`).
 */
export function changeSentences(context: SentenceContext): (change: Change) => string {
  const { t, fmt } = context;
  const lang = t.lang;
  const sentences = SENTENCES[lang];
  const [open, close] = QUOTES[lang];
  const quote = (text: string) => `${open}${text}${close}`;
  const stages = new Map<string, string>();
  const steps = new Map<string, string>();
  // Newer versions first: a renamed element goes by its newer name.
  for (const journey of [...context.journeys].reverse()) {
    for (const stage of journey?.stages ?? []) {
      stages.set(stage.id, stage.name);
      for (const step of stage.steps) steps.set(step.id, step.name);
    }
  }
  const titles = new Map(context.journeys.flatMap((journey) => (journey ? [[journey.id, journey.title] as const] : [])));
  const none = t.none;
  const value = (item: JsonValue | undefined): string => {
    if (item === undefined || item === null || (Array.isArray(item) && item.length === 0)) return none;
    if (typeof item === 'string') return quote(item);
    if (typeof item === 'number') return fmt.number(item);
    if (typeof item === 'boolean') return item ? t.yes : t.no;
    if (Array.isArray(item)) return item.map(value).join(', ');
    return JSON.stringify(item);
  };
  const shown = (change: Change, item: JsonValue | undefined): string => {
    if (item === undefined || item === null) return value(item);
    if (Array.isArray(item)) return item.length === 0 ? value(item) : item.map((entry) => shown(change, entry)).join(', ');
    if (typeof item !== 'string') return value(item);
    const levels: Record<string, string> = t.opportunity.levels;
    const statuses: Record<string, string> = t.opportunity.statuses;
    const affinities: Record<string, string> = t.persona.affinities;
    switch (change.field) {
      case 'personas':
        return context.personaName(item) ?? item;
      case 'targetOf':
      case 'subJourney':
        return quote(context.journeyTitle(item) ?? titles.get(item) ?? item);
      case 'state':
        return item === 'current' || item === 'target' ? t.state[item].toLowerCase() : value(item);
      case 'lastReviewed':
        return fmt.date(item);
      case 'impact':
      case 'effort':
        return levels[item] ?? value(item);
      case 'status':
        return quote(statuses[item] ?? item);
      // English affinity words are adverbs ("very" at ease): only the French ones stand alone.
      case 'digitalAffinity':
        return t.persona.affinityAlone ? (affinities[item] ?? item) : item;
      case 'preferredChannels':
      case 'channel':
        return context.channelName(item) ?? item;
      default:
        return value(item);
    }
  };
  return (change) => {
    const stage = (id = change.stage) => (id === undefined ? '' : quote(stages.get(id) ?? id));
    const persona =
      change.persona === undefined
        ? ''
        : change.persona === ALL_PERSONAS
          ? t.curve.allPersonas.toLowerCase()
          : (context.personaName(change.persona) ?? change.persona);
    const journey =
      change.journey === undefined ? '' : quote(context.journeyTitle(change.journey) ?? titles.get(change.journey) ?? change.journey);
    const step = change.step === undefined ? '' : quote(steps.get(change.step) ?? change.step);
    const parts: SentenceParts = {
      change,
      t,
      quote,
      journey,
      stage,
      step,
      persona,
      channel: (id) => (typeof id === 'string' ? (context.channelName(id) ?? id) : value(id)),
      value: (item) => shown(change, item),
      number: fmt.number,
      signed: fmt.signed,
      metric: (item) => {
        if (typeof item !== 'number') return value(item);
        if (change.field === 'duration') return t.metrics.minutes(fmt.number(item));
        return PERCENT_METRICS.has(change.field ?? '') ? fmt.percent(item) : fmt.number(item);
      },
      file: change.location.after?.file ?? change.location.before?.file ?? '',
    };
    return sentences[change.kind](parts);
  };
}

const NO_NAMES: ChangeNames = { journeyTitle: () => undefined, personaName: () => undefined, channelName: () => undefined };
let englishFormatters: Formatters | undefined;

/**
 * The writer of the core's `message`: the same English catalogue the site uses, with the names
 * the two versions give and whatever else `names` knows (personas, channels), ids otherwise.
 */
export function changeMessages(journeys: readonly (JourneyModel | undefined)[], names: ChangeNames = NO_NAMES): (change: Change) => string {
  englishFormatters ??= formatters('en', 'EUR');
  return changeSentences({ ...names, t: en, fmt: englishFormatters, journeys });
}
