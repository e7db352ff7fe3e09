import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { openContentCache, type ContentCache } from './content-cache.ts';

/**
 * Where the content cache of a content root lives: `PARCOURS_CACHE_DIR` when set, else
 * `node_modules/.cache/parcours/` in the nearest folder above the content root that holds a
 * package.json (the project Parcours is installed in, where build tools keep their caches),
 * else in the current directory's nearest one, else in the system's temporary folder.
 */
export function contentCacheDir(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd = process.cwd(),
): string {
  if (env.PARCOURS_CACHE_DIR) return resolve(cwd, env.PARCOURS_CACHE_DIR);
  const project = nearestPackage(resolve(cwd, root)) ?? nearestPackage(cwd);
  return project ? join(project, 'node_modules', '.cache', 'parcours') : join(tmpdir(), 'parcours-cache');
}

function nearestPackage(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The content cache of a content root, in its usual place (contentCacheDir). */
export function openProjectCache(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd = process.cwd(),
): ContentCache {
  return openContentCache(contentCacheDir(root, env, cwd));
}
