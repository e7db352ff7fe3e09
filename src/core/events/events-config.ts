import type { ParcoursConfig } from '../model/generated/config.ts';

/** The `events:` section of parcours.config.yaml with its defaults filled in. */
export interface EventsConfig {
  /** Column names as the config gives them, or undefined where it leaves the default (then the XES name is recognised too). */
  columns: { case?: string; timestamp?: string; event?: string; channel?: string; order?: string };
  /** A figure over fewer cases than this is withheld. */
  minCases: number;
  /** DuckDB's memory_limit, past which it spills to disk. */
  memoryLimit: string;
}

export const DEFAULT_MIN_CASES = 10;
export const DEFAULT_MEMORY_LIMIT = '4GB';

/** Fills in the defaults of the `events:` section; `raw` is assumed valid against config.schema.json. */
export function resolveEventsConfig(raw: ParcoursConfig['events']): EventsConfig {
  const columns: EventsConfig['columns'] = {};
  for (const name of ['case', 'timestamp', 'event', 'channel', 'order'] as const) if (raw?.[name] !== undefined) columns[name] = raw[name];
  return { columns, minCases: raw?.minCases ?? DEFAULT_MIN_CASES, memoryLimit: raw?.memoryLimit ?? DEFAULT_MEMORY_LIMIT };
}
