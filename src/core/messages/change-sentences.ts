import type { Change, JsonValue } from '../diff/change.ts';
import type { Lang } from '../model/lang.ts';
import type { JourneyModel } from '../model/project.ts';
import { ALL_PERSONAS } from '../model/project.ts';
import type { SentenceParts } from './catalogue.ts';
import { formatters, type Formatters } from './format.ts';
import { catalogue } from './index.ts';

/** How to name what a change is about; ids are shown only when no name is known. */
export interface ChangeNames {
  journeyTitle(id: string): string | undefined;
  personaName(id: string): string | undefined;
  channelName(id: string): string | undefined;
}

/** What a writer knows to name a change's elements, in `lang`. */
export interface SentenceContext extends ChangeNames {
  lang: Lang;
  fmt: Formatters;
  /** The versions compared (newer first; either may be absent): stage and step names are looked up there, then in the site. */
  journeys: readonly (JourneyModel | undefined)[];
}

const PERCENT_METRICS = new Set(['csat', 'conversion', 'dropOff']);

/**
 * A writer of changes as sentences in the site's language, naming journeys, stages, steps,
 * personas and channels by the names the site knows. The core's `message` stays English (the
 * CLI's and JSON's contract); this is the site's reading of the same change. Pure: the same
 * change and context always give the same text (Intl runs with a fixed locale in `fmt`).
 */
export function changeSentences(context: SentenceContext): (change: Change) => string {
  const { fmt } = context;
  const { changes: sentences, quotes, words: t } = catalogue(context.lang);
  const [open, close] = quotes;
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
    const levels: Record<string, string> = t.levels;
    const statuses: Record<string, string> = t.statuses;
    const affinities: Record<string, string> = t.affinities;
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
        return t.affinityAlone ? (affinities[item] ?? item) : item;
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
          ? t.allPersonas.toLowerCase()
          : (context.personaName(change.persona) ?? change.persona);
    const journey =
      change.journey === undefined ? '' : quote(context.journeyTitle(change.journey) ?? titles.get(change.journey) ?? change.journey);
    const step = change.step === undefined ? '' : quote(steps.get(change.step) ?? change.step);
    const parts: SentenceParts = {
      change,
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
        if (change.field === 'duration') return t.minutes(fmt.number(item));
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
  return changeSentences({ ...names, lang: 'en', fmt: englishFormatters, journeys });
}
