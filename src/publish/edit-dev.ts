import type { ContentCache } from '../core/check/content-cache.ts';
import { editApi, type EditContent } from './edit-api.ts';
import { ownWrites, type EditServing } from './edit-plugin.ts';
import { editReview } from './edit-review.ts';
import { closeEditSession, openEditSession } from './edit-session.ts';

/**
 * Editing in `parcours dev`: opens the session (its token goes into the pages' meta tag) and
 * makes the edit API with its review, remembering its own writes for the watcher.
 */
export function devEditing(root: string, content: EditContent, cache?: ContentCache): { serving: EditServing; close(): void } {
  const session = openEditSession(root);
  const writes = ownWrites();
  const handle = editApi({
    root,
    content,
    session,
    onWrite: writes.record,
    review: (lang) => editReview(root, lang, { current: () => content.latest(), cache }),
  });
  return { serving: { handle, isOwnWrite: writes.isOwn }, close: () => closeEditSession(root) };
}
