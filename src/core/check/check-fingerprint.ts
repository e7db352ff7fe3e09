import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('../../../', import.meta.url);
let fingerprint: string | undefined;

/**
 * What a checked result depends on besides the content: the Parcours version, the schemas and
 * the code of the core (its rules, messages, readers), hashed once per process. A cache entry
 * keyed with it is never served by another version, another schema or edited rules, so an
 * upgrade, or a change in a working copy of Parcours itself, never meets a stale result.
 */
export function checkFingerprint(): string {
  if (fingerprint === undefined) {
    try {
      fingerprint = fingerprintOf(fileURLToPath(packageRoot));
    } catch {
      // The core runs from somewhere its sources cannot be read (a bundle): a fingerprint of this
      // process alone, so its entries are never served to another version.
      fingerprint = `unreadable-${randomUUID()}`;
    }
  }
  return fingerprint;
}

/** The fingerprint of the Parcours installed at `packageRoot`. */
export function fingerprintOf(packageRoot: string): string {
  const hash = createHash('sha1');
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  hash.update(`parcours ${version}\0`);
  for (const dir of ['schema', 'src/core']) {
    const root = join(packageRoot, dir);
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter(
        (path) => /\.(ts|js|cjs|json)$/.test(path) && !/\.(test|testing)\.ts$/.test(path) && !path.split(/[\\/]/).includes('fixtures'),
      )
      .sort();
    for (const path of files)
      hash
        .update(`${dir}/${path}\0`)
        .update(readFileSync(join(root, path)))
        .update('\0');
  }
  return hash.digest('hex');
}
