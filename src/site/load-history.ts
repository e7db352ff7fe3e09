import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckedFileHistory } from '../core/history/check-history.ts';
import { repoRoot } from './content-root.ts';

let cached: { key: string; result: Promise<Map<string, CheckedFileHistory>> } | undefined;

/**
 * The checked history of every journey, by id, read from Git once per build (three git processes
 * for the whole repository) and shared by every history page. Outside a Git repository, before the
 * first commit, or with `history.revisions: 0`, every journey simply has no history.
 */
export function loadHistory(root: string, revisions: number): Promise<Map<string, CheckedFileHistory>> {
  const key = `${root}\u0000${revisions}`;
  if (cached?.key !== key) cached = { key, result: read(root, revisions) };
  return cached.result;
}

async function read(root: string, revisions: number): Promise<Map<string, CheckedFileHistory>> {
  if (revisions <= 0) return new Map();
  // Like loadProject: the core runs from src/core (Node strips the types), not from Astro's bundle.
  const core = (file: string) => pathToFileURL(join(repoRoot(), 'src/core/history', file)).href;
  const { readHistory } = (await import(/* @vite-ignore */ core('read-history.ts'))) as typeof import('../core/history/read-history.ts');
  const { checkHistory } = (await import(/* @vite-ignore */ core('check-history.ts'))) as typeof import('../core/history/check-history.ts');
  const { openProjectCache } = (await import(/* @vite-ignore */ pathToFileURL(join(repoRoot(), 'src/core/check/cache-dir.ts')).href)) as typeof import('../core/check/cache-dir.ts');
  const files = checkHistory(await readHistory(root, { revisions }), { cache: openProjectCache(root) });
  return new Map(files.filter((file) => file.kind === 'journey' && file.revisions.length > 0).map((file) => [file.id, file]));
}

/** The short commit id used in URLs: long enough to stay unique in any real repository. */
export function shortCommit(commit: string): string {
  return commit.slice(0, 12);
}
