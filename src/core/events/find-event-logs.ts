import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { EVENTS_DIR } from '../load/content-paths.ts';

/** The folder of event logs, relative to the content root (load/content-paths.ts, which the dev server's watcher asks too). */
export { EVENTS_DIR };

/** One log file found under data/events/. */
export interface EventLogFile {
  /** Relative to the content root, with `/`: what problems name. */
  path: string;
  /** The absolute path DuckDB reads. */
  absolute: string;
  format: 'csv' | 'parquet';
  size: number;
  /** Modification time and inode: with the size, what says a file is unchanged without reading it (as git's index does). */
  mtimeMs: number;
  ino: number;
}

const FORMATS: [RegExp, EventLogFile['format']][] = [
  [/\.(csv|tsv)(\.gz)?$/i, 'csv'],
  [/\.parquet$/i, 'parquet'],
];

/**
 * Every CSV and Parquet file under data/events/, sub-folders included (hive-partitioned
 * folders such as `channel=web/part-0.parquet` are sub-folders like any other), sorted by path
 * so that the file order, which breaks ties in time, is the same on every machine. Hidden
 * files and folders are skipped, and so is a link leading outside the content root.
 */
export async function findEventLogs(root: string): Promise<EventLogFile[]> {
  const realRoot = await realpath(root).catch(() => root);
  const top = join(root, EVENTS_DIR);
  const found: EventLogFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = join(dir, entry.name);
      const real = await realpath(absolute).catch(() => undefined);
      if (!real || (real !== realRoot && !real.startsWith(realRoot + sep))) continue;
      const info = await stat(real).catch(() => undefined);
      if (!info) continue;
      if (info.isDirectory()) await walk(absolute);
      else if (info.isFile()) {
        const format = FORMATS.find(([pattern]) => pattern.test(entry.name))?.[1];
        if (format)
          found.push({
            path: relative(root, absolute).split(sep).join('/'),
            absolute: real,
            format,
            size: info.size,
            mtimeMs: info.mtimeMs,
            ino: info.ino,
          });
      }
    }
  };
  await walk(top);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
