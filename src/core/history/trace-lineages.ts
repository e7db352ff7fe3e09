import type { SourceKind } from '../load/read-content.ts';
import { contentKind } from '../load/content-paths.ts';
import type { LogCommit } from './parse-log.ts';

/** One commit's change to one file. */
export interface FileEvent {
  /** Index of the commit in the log (0 = newest). */
  commitIndex: number;
  /** The file's path at that commit. */
  path: string;
  status: 'added' | 'modified' | 'renamed';
  /** For a rename, the path before this commit. */
  previousPath?: string;
  /** The file's Git mode at this commit, when the log gave it (120000: a symbolic link). */
  mode?: string;
}

/** Every change of one file that exists now, newest first, following renames. */
export interface Lineage {
  /** The path now. */
  path: string;
  kind: SourceKind;
  events: FileEvent[];
}

/**
 * Rebuilds each current file's history from one whole-repository log, as `git log --follow`
 * would for a single file, but for all files in one pass. Walks commits newest to oldest
 * (topological order, so a child comes before its parents) keeping, for each path, the lineage
 * it belongs to at that point in the past: a rename hands the lineage over to the old path, an
 * addition ends it. A file deleted since is not a current file; its older commits are ignored,
 * so a deleted-then-recreated file keeps only the history since it was recreated.
 */
export function traceLineages(commits: readonly LogCommit[]): Lineage[] {
  const lineages: Lineage[] = [];
  // path -> lineage of the current file that had this path at the commit being read; null: deleted since.
  const tracked = new Map<string, Lineage | null>();
  const lineageAt = (path: string): Lineage | null => {
    const known = tracked.get(path);
    if (known !== undefined) return known;
    const kind = contentKind(path);
    if (!kind) return null;
    // First seen from the newest end and not deleted since: a file that exists now.
    const lineage: Lineage = { path, kind, events: [] };
    lineages.push(lineage);
    tracked.set(path, lineage);
    return lineage;
  };

  commits.forEach((commit, commitIndex) => {
    for (const entry of commit.entries) {
      const isContent = contentKind(entry.path) !== null;
      if (entry.status === 'D') {
        // Older commits of this path belong to a file that no longer exists.
        if (!tracked.has(entry.path)) tracked.set(entry.path, null);
        continue;
      }
      if (!isContent) {
        // Renamed away from content (into a sub-folder, say): like a deletion for the old path.
        if (entry.previousPath !== undefined && !tracked.has(entry.previousPath)) tracked.set(entry.previousPath, null);
        continue;
      }
      const lineage = lineageAt(entry.path);
      const renamedFromContent = entry.status === 'R' && entry.previousPath !== undefined && contentKind(entry.previousPath) !== null;
      if (lineage) {
        lineage.events.push({
          commitIndex,
          path: entry.path,
          status:
            entry.status === 'A' || (entry.status === 'R' && !renamedFromContent) ? 'added' : renamedFromContent ? 'renamed' : 'modified',
          ...(renamedFromContent ? { previousPath: entry.previousPath } : {}),
          ...(entry.mode !== undefined ? { mode: entry.mode } : {}),
        });
      }
      if (entry.status === 'A' || entry.status === 'R') tracked.set(entry.path, null);
      if (renamedFromContent) tracked.set(entry.previousPath!, lineage);
    }
  });
  return lineages.sort((a, b) => (a.path < b.path ? -1 : 1));
}
