import type { ContentCache } from '../core/check/content-cache.ts';
import { checkHistory, type CheckedFileHistory } from '../core/history/check-history.ts';
import { checkRemovals, type CheckedRemoval } from '../core/history/check-removals.ts';
import { readHistory } from '../core/history/read-history.ts';

/** The checked histories of a content root's journeys and of its personas, each by id. */
export interface CheckedHistories {
  journeys: Map<string, CheckedFileHistory>;
  personas: Map<string, CheckedFileHistory>;
  /** Journeys and personas removed since, newest first (the list of changes says so). */
  removals: CheckedRemoval[];
}

/**
 * The checked history of every journey and persona, by id, read from Git once (three git
 * processes for the whole repository), each revision checked once per blob (the content cache).
 * Outside a Git repository, before the first commit, or with `history.revisions: 0`, every
 * journey and persona simply has no history.
 */
export async function readCheckedHistories(root: string, revisions: number, cache?: ContentCache): Promise<CheckedHistories> {
  if (revisions <= 0) return { journeys: new Map(), personas: new Map(), removals: [] };
  const history = await readHistory(root, { revisions });
  const files = checkHistory(history, cache ? { cache } : {}).filter((file) => file.revisions.length > 0);
  const of = (kind: CheckedFileHistory['kind']) => new Map(files.filter((file) => file.kind === kind).map((file) => [file.id, file]));
  return { journeys: of('journey'), personas: of('persona'), removals: checkRemovals(history, cache ? { cache } : {}) };
}

/** The checked history of every journey, by id (see readCheckedHistories). */
export async function readCheckedHistory(root: string, revisions: number, cache?: ContentCache): Promise<Map<string, CheckedFileHistory>> {
  return (await readCheckedHistories(root, revisions, cache)).journeys;
}
