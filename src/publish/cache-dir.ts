import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Astro's build cache for the site of one content root (its pages, reused by the next build), in the content cache folder. */
export function siteCacheDir(cache: string, root: string): string {
  return join(cache, 'site', createHash('sha256').update(root).digest('hex').slice(0, 16));
}
