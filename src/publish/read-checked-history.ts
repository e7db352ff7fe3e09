import type { ContentCache } from '../core/check/content-cache.ts';
import { checkHistory, type CheckedFileHistory } from '../core/history/check-history.ts';
import { readHistory } from '../core/history/read-history.ts';

/**
 * The checked history of every journey, by id, read from Git once (three git processes for the
 * whole repository), each revision checked once per blob (the content cache). Outside a Git repository, before the first commit, or with
 * `history.revisions: 0`, every journey simply has no history.
 */
export async function readCheckedHistory(root: string, revisions: number, cache?: ContentCache): Promise<Map<string, CheckedFileHistory>> {
  if (revisions <= 0) return new Map();
  const files = checkHistory(await readHistory(root, { revisions }), cache ? { cache } : {});
  return new Map(files.filter((file) => file.kind === 'journey' && file.revisions.length > 0).map((file) => [file.id, file]));
}
