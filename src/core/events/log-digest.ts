import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { cacheKey, type ContentCache } from '../check/content-cache.ts';
import type { EventLogFile } from './find-event-logs.ts';

/**
 * The SHA-1 of a log file's content. Hashing a 600 MB log takes a second, so the digest is
 * remembered in the cache under the file's path, size, modification time and inode, as git's
 * index remembers blob ids: a file whose stat is unchanged is not read again; any change to it
 * changes its stat, and a new digest is computed.
 */
export async function logDigest(file: EventLogFile, cache: ContentCache | undefined): Promise<string> {
  const statKey = cacheKey(['events-stat', file.absolute, String(file.size), String(file.mtimeMs), String(file.ino)]);
  const known = cache?.get(statKey);
  if (typeof known === 'string') return known;
  const hash = createHash('sha1');
  for await (const chunk of createReadStream(file.absolute)) hash.update(chunk as Buffer);
  const digest = hash.digest('hex');
  cache?.set(statKey, digest);
  return digest;
}
