import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILES } from '../core/load/content-paths.ts';

/** A site folder no build used for this long is removed by the next build (its pages could no longer be reused anyway). */
const UNUSED_FOR_MS = 7 * 24 * 3600 * 1000;

/**
 * Astro's build cache for a site (its pages, reused by the next build), in the content cache folder,
 * named by the site's config file rather than by the content root's path: the same content in
 * another folder (a new clone, another CI workspace, a monorepo path) reuses it, while two sites
 * that share a cache folder (two roots of one repository) each keep their own pages. Naming it by
 * the config loses nothing on a config edit: every page's key holds the config, so none of the
 * previous pages could be reused anyway. Folders of other configs unused for a week are removed.
 */
export async function siteCacheDir(cache: string, root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of CONFIG_FILES) {
    const bytes = await readFile(join(root, name)).catch(() => undefined);
    hash.update(`${name}\u0000${bytes === undefined ? '-' : `${bytes.length}\u0000`}`);
    if (bytes) hash.update(bytes);
  }
  const sites = join(cache, 'site');
  const dir = join(sites, hash.digest('hex').slice(0, 16));
  await mkdir(dir, { recursive: true });
  const now = new Date();
  await utimes(dir, now, now);
  await pruneUnused(sites, dir, now.getTime());
  return dir;
}

async function pruneUnused(sites: string, kept: string, now: number): Promise<void> {
  for (const name of await readdir(sites).catch(() => [])) {
    const dir = join(sites, name);
    if (dir === kept || !/^[0-9a-f]{16}$/.test(name)) continue;
    const used = await stat(dir).catch(() => undefined);
    if (used?.isDirectory() && now - used.mtimeMs > UNUSED_FOR_MS) await rm(dir, { recursive: true, force: true });
  }
}
