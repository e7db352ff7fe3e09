import type { SourceKind } from './source-file.ts';

/**
 * What is content, said once: which paths under a content root hold journeys, personas, the
 * config and measured data. The reader, Git history, the dev server's watcher and the site's
 * base URL all ask here, so a file one of them sees is a file all of them see.
 */

/** The config file names, in the order they are looked for (both are read when both exist). */
export const CONFIG_FILES = ['parcours.config.yaml', 'parcours.config.yml'] as const;

/** Folders whose direct `*.yaml`/`*.yml` children are content of one kind. */
export const CONTENT_DIRS = [
  ['journeys', 'journey'],
  ['personas', 'persona'],
] as const satisfies readonly (readonly [string, SourceKind])[];

/** The folder of measured-data files (`data/*.csv`), merged into the steps' metrics. */
export const DATA_DIR = 'data';

/** The paths, relative to the content root, that hold YAML content: what git is asked about. */
export const CONTENT_PATHSPECS = [...CONTENT_DIRS.map(([dir]) => dir), ...CONFIG_FILES] as const;

const YAML_NAME = /^[^/]+\.ya?ml$/;
const DATA_NAME = /^[^/]+\.csv$/i;

/** True for a file name (no folder) that a content folder reads as YAML. */
export function isYamlName(name: string): boolean {
  return YAML_NAME.test(name);
}

/** True for a file name (no folder) that data/ reads as measured data. */
export function isDataName(name: string): boolean {
  return DATA_NAME.test(name);
}

/**
 * The kind of YAML content a path holds (relative to the content root, with `/`): direct
 * children of journeys/ and personas/, and the config; null for anything else.
 */
export function contentKind(path: string): SourceKind | null {
  if ((CONFIG_FILES as readonly string[]).includes(path)) return 'config';
  const slash = path.indexOf('/');
  if (slash === -1) return null;
  const dir = path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (!isYamlName(name)) return null;
  return CONTENT_DIRS.find(([contentDir]) => contentDir === dir)?.[1] ?? null;
}

/** The folder of event logs (CSV or Parquet, sub-folders included), laid over the maps (src/core/events/). */
export const EVENTS_DIR = `${DATA_DIR}/events`;

const EVENT_LOG_NAME = /\.((csv|tsv)(\.gz)?|parquet)$/i;

/** True for a path (relative to the content root, with `/`) that the event analysis reads as a log: under data/events/, not hidden. */
export function isEventLogPath(path: string): boolean {
  if (!path.startsWith(`${EVENTS_DIR}/`)) return false;
  const parts = path.slice(EVENTS_DIR.length + 1).split('/');
  return !parts.some((part) => part.startsWith('.')) && EVENT_LOG_NAME.test(parts.at(-1)!);
}

/** What a change to this path means for the checked content: YAML of some kind, measured data, an event log, or nothing. */
export function watchedKind(path: string): SourceKind | 'data' | 'events' | null {
  const kind = contentKind(path);
  if (kind) return kind;
  if (isEventLogPath(path)) return 'events';
  return path.startsWith(`${DATA_DIR}/`) && isDataName(path.slice(DATA_DIR.length + 1)) ? 'data' : null;
}
