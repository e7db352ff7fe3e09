import type { ParcoursConfig } from './generated/config.ts';
import { BUILT_IN_CHANNELS, type Channel } from './channels.ts';
import { type EventsConfig, resolveEventsConfig } from '../events/events-config.ts';
import type { Lang } from './lang.ts';
import { resolveTheme, type Theme } from './theme.ts';

export type { Lang } from './lang.ts';

export interface EmotionScale {
  min: number;
  max: number;
  /** Words for some values, sorted by value. */
  labels: { value: number; label: string }[];
}

/** The configuration with every default filled in. */
export interface ResolvedConfig {
  title: string;
  lang: Lang;
  baseUrl?: string;
  currency: string;
  reviewAgeDays: number;
  /** Megabytes above which a media file under public/ draws a warning. */
  mediaMaxMegabytes: number;
  pdfMaxJourneys: number;
  emotionScale: EmotionScale;
  /** Built-in channels then added ones, by id. */
  channels: Map<string, Channel>;
  /** Revisions per journey or persona the site shows (history.revisions). */
  historyRevisions: number;
  /** The level `rules:` sets for a warning code; codes it leaves out keep their default. */
  rules: Readonly<Partial<Record<string, 'off' | 'warn' | 'error'>>>;
  /** How to read the event logs under data/events/ (the `events:` section). */
  events: EventsConfig;
  /** The team's brand: colours, font, logo (theme.ts holds the defaults). */
  theme: Theme;
}

const DEFAULT_LABELS: Record<Lang, Record<string, string>> = {
  fr: { '-3': 'Furieux', '-2': 'Frustré', '-1': 'Déçu', '0': 'Neutre', '1': 'Satisfait', '2': 'Content', '3': 'Enchanté' },
  en: { '-3': 'Furious', '-2': 'Frustrated', '-1': 'Disappointed', '0': 'Neutral', '1': 'Satisfied', '2': 'Pleased', '3': 'Delighted' },
};

/** Fills in defaults; `raw` is assumed valid against config.schema.json (or absent). */
export function resolveConfig(raw: ParcoursConfig | undefined): ResolvedConfig {
  const lang: Lang = raw?.lang ?? 'fr';
  const channels = new Map<string, Channel>();
  for (const [id, channel] of Object.entries(BUILT_IN_CHANNELS)) {
    channels.set(id, { id, name: channel.names[lang], kind: channel.kind, cost: channel.cost, builtIn: true });
  }
  for (const [id, override] of Object.entries(raw?.channels ?? {})) {
    const base = channels.get(id);
    channels.set(id, {
      id,
      name: override.name ?? base?.name ?? id,
      kind: override.kind ?? base?.kind ?? 'digital',
      cost: override.cost ?? base?.cost ?? 0,
      ...(override.icon !== undefined ? { icon: override.icon } : {}),
      builtIn: base?.builtIn ?? false,
    });
  }
  const min = raw?.emotionScale?.min ?? -3;
  const max = raw?.emotionScale?.max ?? 3;
  const useDefaultLabels = raw?.emotionScale?.labels === undefined && min === -3 && max === 3;
  const labelSource = raw?.emotionScale?.labels ?? (useDefaultLabels ? DEFAULT_LABELS[lang] : {});
  const labels = Object.entries(labelSource)
    .map(([value, label]) => ({ value: Number(value), label }))
    .sort((a, b) => a.value - b.value);
  return {
    title: raw?.title ?? 'Parcours',
    lang,
    ...(raw?.baseUrl !== undefined ? { baseUrl: raw.baseUrl } : {}),
    currency: raw?.currency ?? 'EUR',
    reviewAgeDays: raw?.reviewAgeDays ?? 180,
    mediaMaxMegabytes: raw?.mediaMaxMegabytes ?? 20,
    pdfMaxJourneys: raw?.pdfMaxJourneys ?? 100,
    emotionScale: { min, max, labels },
    channels,
    historyRevisions: raw?.history?.revisions ?? 20,
    rules: { ...raw?.rules },
    events: resolveEventsConfig(raw?.events),
    theme: resolveTheme(raw?.theme),
  };
}
