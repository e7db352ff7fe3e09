import content from 'virtual:parcours/content';
import type { CheckedFileHistory } from '../core/history/check-history.ts';
import type { CheckedRemoval } from '../core/history/check-removals.ts';

/**
 * The checked history of every journey, by id, read from Git once per build and shared by every
 * history page (see src/publish/read-checked-history.ts). `root` is the site's content root.
 */
export function loadHistory(root: string, revisions: number): Promise<Map<string, CheckedFileHistory>> {
  if (root !== content.root) throw new Error(`The site's content is ${content.root}, not ${root}.`);
  return content.history(revisions);
}

/** The checked history of every persona, by id, from the same reading of Git as loadHistory. */
export function loadPersonaHistory(root: string, revisions: number): Promise<Map<string, CheckedFileHistory>> {
  if (root !== content.root) throw new Error(`The site's content is ${content.root}, not ${root}.`);
  return content.personaHistory(revisions);
}

/** The journeys and personas removed since, from the same reading of Git as loadHistory. */
export function loadRemovals(root: string, revisions: number): Promise<CheckedRemoval[]> {
  if (root !== content.root) throw new Error(`The site's content is ${content.root}, not ${root}.`);
  return content.removals(revisions);
}

/** The short commit id used in URLs: long enough to stay unique in any real repository. */
export function shortCommit(commit: string): string {
  return commit.slice(0, 12);
}
