import type { EventsConfig } from './events-config.ts';

/** The roles a log's columns play, and the names each is looked for under when the config names none. */
export const COLUMN_ROLES = {
  case: ['case_id', 'case:concept:name'],
  timestamp: ['timestamp', 'time:timestamp'],
  event: ['event', 'concept:name'],
  channel: ['channel'],
  order: [],
} as const satisfies Record<keyof EventsConfig['columns'], readonly string[]>;

export type ColumnRole = keyof typeof COLUMN_ROLES;

/** The column of a file playing each role; channel and order may be absent. */
export interface FileColumns {
  case: string;
  timestamp: string;
  event: string;
  channel?: string;
  order?: string;
}

/**
 * Which of a file's columns plays each role: the name the config gives, else the default
 * name, else the XES name (pm4py and ProM export logs with those). A missing case, timestamp or
 * event column, or a channel or order column the config names and the file lacks, is returned
 * as `missing`, with the columns found so that the message can name them.
 */
export function resolveColumns(
  found: readonly string[],
  config: EventsConfig,
): FileColumns | { missing: { role: ColumnRole; name: string }[] } {
  const columns: Partial<FileColumns> = {};
  const missing: { role: ColumnRole; name: string }[] = [];
  for (const role of Object.keys(COLUMN_ROLES) as ColumnRole[]) {
    const configured = config.columns[role];
    const candidates: readonly string[] = configured !== undefined ? [configured] : COLUMN_ROLES[role];
    const name = candidates.find((candidate) => found.includes(candidate));
    if (name !== undefined) columns[role] = name;
    else if (configured !== undefined || (role !== 'channel' && role !== 'order')) missing.push({ role, name: candidates[0]! });
  }
  return missing.length > 0 ? { missing } : (columns as FileColumns);
}
