import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A folder of checked results, each stored under a key that hashes everything it was made
 * from. A stage of the check with one interface, so checkSources need not know where it lives.
 */
export interface ContentCache {
  /** The value stored under `key`, or undefined when there is none or it cannot be trusted. */
  get(key: string): unknown;
  /** Stores a copy of `value` (taken at once) under `key`; it reaches the disk in the background (flushContentCaches). */
  set(key: string, value: unknown): void;
}

/** The first word of every entry: the entry format's name and version. */
const MAGIC = 'parcours-cache-1';

/** Writes under way at once: enough to keep the disk's threads busy. */
const WRITES_IN_FLIGHT = 16;
/** Bytes that may wait to be written; past them an entry is written in line, so memory stays bounded when the disk lags. */
const MAX_UNWRITTEN_BYTES = 32 * 1024 * 1024;

/**
 * Entries set but not yet on disk, by path, for every cache of the process: a `get` sees them
 * at once, whichever opening of the folder set them.
 */
const unwritten = new Map<string, Buffer>();
let unwrittenBytes = 0;
/** Paths whose write is queued and not started: setting one again only changes what will be written. */
const waiting = new Set<string>();
/**
 * Paths being written: set again meanwhile, a path is written once more when its write ends, never
 * by two writes at once, whose renames could land in either order and leave the older value.
 */
const writing = new Set<string>();
const queue: { path: string; folder: string }[] = [];
let inFlight = 0;
let drained: Promise<void> = Promise.resolve();
let settle: (() => void) | undefined;

/**
 * Opens (creating it on the first write) the cache folder `dir`. Entries are written whole to
 * a temporary file, then renamed over the old one, so a reader sees an old entry or a new one,
 * never half of one, whatever runs at the same time. Each entry starts with its own key and
 * the SHA-1 of its payload: a truncated, corrupt or misplaced entry fails the check, is
 * ignored, and is rewritten by the next `set`. Deleting the folder at any time is safe.
 * Errors writing (a read-only disk, a full one) are ignored: the cache only saves time.
 *
 * Writing is left to Node's file system threads, off the thread that checks: opening, writing
 * and renaming a thousand small files cost a cold `validate` of 1,000 journeys a fifth of its
 * time when done in line. Node keeps running until the queue is written; a caller that exits
 * on its own terms awaits flushContentCaches first.
 */
export function openContentCache(dir: string): ContentCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), key);
  return {
    get(key) {
      const path = pathOf(key);
      let bytes = unwritten.get(path);
      if (!bytes) {
        try {
          bytes = readFileSync(path);
        } catch {
          return undefined;
        }
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
      const bytes = Buffer.concat([Buffer.from(`${MAGIC} ${key} ${sha1(payload)}\n`, 'latin1'), payload]);
      const earlier = unwritten.get(path);
      // Written in line only when no earlier value of it is on its way, which would land after it.
      if (earlier === undefined && unwrittenBytes + bytes.length > MAX_UNWRITTEN_BYTES) return writeNow(path, join(dir, key.slice(0, 2)), bytes);
      unwrittenBytes += bytes.length - (earlier?.length ?? 0);
      unwritten.set(path, bytes);
      if (waiting.has(path) || writing.has(path)) return;
      waiting.add(path);
      enqueue({ path, folder: join(dir, key.slice(0, 2)) });
    },
  };
}

/** Resolves once every entry set so far, by any cache of the process, is on disk (or failed to be). */
export function flushContentCaches(): Promise<void> {
  return drained;
}

function enqueue(job: { path: string; folder: string }): void {
  if (inFlight === 0 && queue.length === 0) drained = new Promise((resolve) => (settle = resolve));
  queue.push(job);
  pump();
}

function pump(): void {
  while (inFlight < WRITES_IN_FLIGHT && queue.length > 0) {
    const { path, folder } = queue.shift()!;
    inFlight += 1;
    void write(path, folder).finally(() => {
      inFlight -= 1;
      if (inFlight === 0 && queue.length === 0) settle?.();
      else pump();
    });
  }
}

async function write(path: string, folder: string): Promise<void> {
  waiting.delete(path);
  const bytes = unwritten.get(path);
  if (!bytes) return;
  writing.add(path);
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, bytes).catch(async (error: NodeJS.ErrnoException) => {
      // The folder's first entry, or the folder deleted meanwhile: made (again), then written.
      if (error.code !== 'ENOENT') throw error;
      await mkdir(folder, { recursive: true });
      await writeFile(temporary, bytes);
    });
    await rename(temporary, path);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  } finally {
    writing.delete(path);
    if (unwritten.get(path) === bytes) {
      unwritten.delete(path);
      unwrittenBytes -= bytes.length;
    } else if (unwritten.has(path)) {
      // Set again while it was being written: the newer value follows.
      waiting.add(path);
      queue.push({ path, folder });
    }
  }
}

function writeNow(path: string, folder: string, bytes: Buffer): void {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
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
