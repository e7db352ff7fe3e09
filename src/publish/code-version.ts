import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SITE_ROOT } from './site-root.ts';

// What makes a page out of the content: the code (src/: the core that checks and models the content,
// the site's pages) and the schemas. Astro hashes the pages' own modules, but not the core that ran
// in the CLI before them, so keys of cached pages take this as well.
const CODE = ['src', 'schema', 'package.json'];

let version: Promise<string> | undefined;

/**
 * A digest of Parcours' code as it runs here, read once per process: any change to it gives a new
 * version, so nothing cached by an older one is reused (editing the core in this repository included).
 */
export function codeVersion(): Promise<string> {
  return (version ??= digest());
}

async function digest(): Promise<string> {
  const files: string[] = [];
  for (const entry of CODE) {
    const names = await readdir(join(SITE_ROOT, entry), { recursive: true }).catch(() => null);
    if (names === null) files.push(entry);
    else files.push(...names.map((name) => join(entry, name)));
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    const bytes = await readFile(join(SITE_ROOT, file)).catch(() => null);
    if (bytes === null) continue; // A directory, or a file gone meanwhile.
    hash.update(`${file}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return hash.digest('hex');
}
