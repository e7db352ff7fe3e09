import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A folder of checked results, each stored under a key that hashes everything it was made
 * from. A stage of the check with one interface, so checkSources need not know where it lives.
 */
export interface ContentCache {
  /** The value stored under `key`, or undefined when there is none or it cannot be trusted. */
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The first word of every entry: the entry format's name and version. */
const MAGIC = 'parcours-cache-1';

/**
 * Opens (creating it on the first write) the cache folder `dir`. Entries are written whole to
 * a temporary file, then renamed over the old one, so a reader sees an old entry or a new one,
 * never half of one, whatever runs at the same time. Each entry starts with its own key and
 * the SHA-1 of its payload: a truncated, corrupt or misplaced entry fails the check, is
 * ignored, and is rewritten by the next `set`. Deleting the folder at any time is safe.
 * Errors writing (a read-only disk, a full one) are ignored: the cache only saves time.
 */
export function openContentCache(dir: string): ContentCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), key);
  return {
    get(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(pathOf(key));
      } catch {
        return undefined;
      }
      const newline = bytes.indexOf(10);
      if (newline < 0) return undefined;
      const [magic, storedKey, checksum] = bytes.subarray(0, newline).toString('latin1').split(' ');
      const payload = bytes.subarray(newline + 1);
      if (magic !== MAGIC || storedKey !== key || checksum !== sha1(payload)) return undefined;
      try {
        return deserialize(payload);
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const path = pathOf(key);
      const payload = serialize(value);
      const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${MAGIC} ${key} ${sha1(payload)}\n`, 'latin1'), payload]));
        renameSync(temporary, path);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}

function sha1(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Git's blob id of a text: SHA-1 of "blob <length in bytes>\0<text>", so history can key a revision by the id Git already has. */
export function blobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A cache key: the SHA-1 of its parts, which must name everything the cached value was made from. */
export function cacheKey(parts: readonly string[]): string {
  return sha1(parts.join('\0'));
}
