import { contentKind } from '../load/content-paths.ts';
import type { LogCommit } from './parse-log.ts';

/** A journey or persona file a commit took away (deleted, or moved out of the content folders). */
export interface RemovalEvent {
  /** Index of the commit in the log (0 = newest). */
  commitIndex: number;
  /** The file's path before the commit. */
  path: string;
  kind: 'journey' | 'persona';
  /** The commit's first parent, where the file's last text is read. */
  parent: string;
}

/**
 * Every journey or persona file a commit removed, newest first, from the same whole-repository log
 * traceLineages reads: a file deleted, or renamed to a path that is not content (an archive
 * folder), is gone from the site, which is what a reader of the changes needs to learn. A file
 * renamed within the content folders is not removed (traceLineages follows it).
 */
export function traceRemovals(commits: readonly LogCommit[]): RemovalEvent[] {
  const removals: RemovalEvent[] = [];
  commits.forEach((commit, commitIndex) => {
    const parent = commit.parents[0];
    if (parent === undefined) return;
    for (const entry of commit.entries) {
      const path =
        entry.status === 'D' ? entry.path : entry.status === 'R' && contentKind(entry.path) === null ? entry.previousPath : undefined;
      if (path === undefined) continue;
      const kind = contentKind(path);
      if (kind === 'journey' || kind === 'persona') removals.push({ commitIndex, path, kind, parent });
    }
  });
  return removals;
}
