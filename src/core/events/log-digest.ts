import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { cacheKey, type ContentCache } from '../check/content-cache.ts';
import type { EventLogFile } from './find-event-logs.ts';

/** The buffer a log is read through: large reads into one buffer, rather than a stream's 64 KB chunks. */
const READ_BYTES = 1 << 20;

/**
 * The SHA-1 of a log file's content (hardware-accelerated where the CPU has SHA extensions: the
 * 524 MB bench log in 0.46 s, against 0.59 s through a read stream). The digest is remembered in
 * the cache under the file's path, size, modification time and inode, as git's index remembers
 * blob ids: a file whose stat is unchanged is not read again; any change to it changes its stat,
 * and a new digest is computed.
 */
export async function logDigest(file: EventLogFile, cache: ContentCache | undefined): Promise<string> {
  const statKey = cacheKey(['events-stat', file.absolute, String(file.size), String(file.mtimeMs), String(file.ino)]);
  const known = cache?.get(statKey);
  if (typeof known === 'string') return known;
  const hash = createHash('sha1');
  const handle = await open(file.absolute, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  const digest = hash.digest('hex');
  cache?.set(statKey, digest);
  return digest;
}
