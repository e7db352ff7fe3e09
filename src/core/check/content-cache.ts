import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A folder of checked results, each stored under a key that hashes everything it was made
 * from. A stage of the check with one interface, so checkSources need not know where it lives.
 */
export interface ContentCache {
  /** The value stored under `key`, or undefined when there is none or it cannot be trusted. */
  get(key: string): unknown;
  /** Stores a copy of `value` (taken at once) under `key`; it reaches the disk shortly after (flushContentCaches). */
  set(key: string, value: unknown): void;
}

/** The first word of every record: the record format's name and version. */
const MAGIC = 'parcours-cache-2';
/** Where the packs live inside the cache folder. */
const PACKS = 'packs';
/** Records waiting in memory past this many bytes are written at once. */
const WRITE_FROM_BYTES = 1 << 20;
/** A folder holding this many settled packs has them merged into one when it is opened. */
const MERGE_FROM_PACKS = 16;
/** A pack written to in the last ten minutes may still be growing: merging leaves it alone. */
const SETTLED_MS = 10 * 60_000;
/** Longer than any record header (magic, key, checksum and length). */
const HEADER_MAX = 256;

interface Pack {
  name: string;
  fd: number;
}

/** Where one record is: its pack, where its payload starts and how long it is, and the checksum its header gave. */
interface Location {
  pack: Pack;
  payloadAt: number;
  length: number;
  checksum: string;
}

/** One cache folder as this process sees it: every opening of the same folder shares it. */
interface Folder {
  dir: string;
  /** Records of the packs on disk, by key, the latest pack's winning. */
  found: Map<string, Location>;
  /** Packs scanned, by name. */
  scanned: Map<string, Pack>;
  /** When the packs folder last changed as this process saw it (its mtime): a miss looks again when it has changed since. */
  listed: number;
  /** Records this process set: they win over the packs on disk. */
  own: Map<string, Location>;
  /** Set and not written yet, by key. */
  pending: Map<string, { header: Buffer; payload: Buffer }>;
  pendingBytes: number;
  /** The pack this process appends to, and where its end is. */
  writing?: { pack: Pack; size: number };
}

const folders = new Map<string, Folder>();

/**
 * Opens (creating it on the first write) the cache folder `dir`. Entries are appended, as
 * records, to one pack file per process: creating a file per entry cost a cold `validate` of
 * 1,000 journeys a third of its time (2,700 files, 1.2 s of system time), appending them costs
 * it 0.4 s. Each record starts with its key and the SHA-1 of the key and payload: a truncated,
 * corrupt or misplaced record fails the check, is ignored, and is written again by the next
 * `set`. A process reading while another writes sees a pack end at its last whole record.
 * When a key is in several packs, the newest pack's record wins, and this process's own over
 * all. Deleting the folder at any time is safe: a pack deleted under this process is started
 * again. Errors writing (a read-only disk, a full one) are ignored: the cache only saves time.
 * Packs that pile up (one per run that stored something) are merged when there are many.
 */
export function openContentCache(dir: string): ContentCache {
  let folder = folders.get(dir);
  if (!folder) {
    folder = { dir, found: new Map(), scanned: new Map(), listed: Number.NaN, own: new Map(), pending: new Map(), pendingBytes: 0 };
    folders.set(dir, folder);
    mergeSettledPacks(folder);
    listPacks(folder);
  }
  const opened = folder;
  return {
    get(key) {
      checkKey(key);
      const waiting = opened.pending.get(key);
      if (waiting) return deserialize(waiting.payload);
      let location = opened.own.get(key) ?? opened.found.get(key);
      if (!location && packsChanged(opened)) {
        listPacks(opened);
        location = opened.found.get(key);
      }
      return location ? readRecord(location, key) : undefined;
    },
    set(key, value) {
      checkKey(key);
      const payload = serialize(value);
      const header = Buffer.from(`${MAGIC} ${key} ${checksumOf(key, payload)} ${payload.length}\n`, 'latin1');
      const earlier = opened.pending.get(key);
      opened.pendingBytes += header.length + payload.length - (earlier ? earlier.header.length + earlier.payload.length : 0);
      opened.pending.set(key, { header, payload });
      if (opened.pendingBytes >= WRITE_FROM_BYTES) writePending(opened);
      else scheduleWrite();
    },
  };
}

/** Resolves once every entry set so far, by any cache of the process, is on disk (or failed to be). */
export function flushContentCaches(): Promise<void> {
  writeAllPending();
  return Promise.resolve();
}

let scheduled = false;

/**
 * Records set in a synchronous run of checks are written once it yields, in one write per
 * folder; the process does not end before.
 */
function scheduleWrite(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    writeAllPending();
  });
}

/** Keys are written into record headers: cacheKey's hex, or any other name without spaces. */
function checkKey(key: string): void {
  if (!/^[\w.-]{1,128}$/.test(key))
    throw new Error(`content cache: "${key}" is not a key (letters, digits, ".", "-" and "_", at most 128)`);
}

/** Writes all of `bytes` at `position`, however many calls it takes; returns how many were written. */
function writeAll(fd: number, bytes: Buffer, position: number): number {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  return bytes.length;
}

function writeAllPending(): void {
  for (const folder of folders.values()) if (folder.pending.size > 0) writePending(folder);
}

function writePending(folder: Folder): void {
  const records = [...folder.pending];
  folder.pending.clear();
  folder.pendingBytes = 0;
  try {
    const writing = packToWrite(folder);
    writeAll(writing.pack.fd, Buffer.concat(records.flatMap(([, { header, payload }]) => [header, payload])), writing.size);
    for (const [key, { header, payload }] of records) {
      folder.own.set(key, {
        pack: writing.pack,
        payloadAt: writing.size + header.length,
        length: payload.length,
        checksum: checksumOf(key, payload),
      });
      writing.size += header.length + payload.length;
    }
  } catch {
    // Not stored: a later run checks these files again.
  }
}

/** The pack this process appends to: started on the first write, and again when it was deleted (its folder removed). */
function packToWrite(folder: Folder): { pack: Pack; size: number } {
  if (folder.writing && fstatSync(folder.writing.pack.fd).nlink > 0) return folder.writing;
  const packs = join(folder.dir, PACKS);
  mkdirSync(packs, { recursive: true });
  const name = `${packName(Date.now())}.pack`;
  const pack = { name, fd: openSync(join(packs, name), 'wx+') };
  folder.scanned.set(name, pack);
  folder.writing = { pack, size: 0 };
  return folder.writing;
}

/** Packs sort by name in the order they were started: a fixed-width time, then what tells apart two started at once. */
function packName(time: number): string {
  return `${time.toString(36).padStart(10, '0')}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

function packsChanged(folder: Folder): boolean {
  // Asked on every miss of a cold run: a missing folder must not cost an exception each time.
  try {
    const stats = statSync(join(folder.dir, PACKS), { throwIfNoEntry: false });
    return stats ? stats.mtimeMs !== folder.listed : !Number.isNaN(folder.listed);
  } catch {
    return false;
  }
}

/** Scans the packs not scanned yet, oldest first, into `found`. */
function listPacks(folder: Folder): void {
  const packs = join(folder.dir, PACKS);
  let names: string[];
  try {
    folder.listed = statSync(packs).mtimeMs;
    names = packNames(packs);
  } catch {
    folder.listed = Number.NaN;
    return;
  }
  const fresh = names.filter((name) => !folder.scanned.has(name));
  if (fresh.length === 0) return;
  // A pack older than one already scanned may not override it: scan every pack again, in order.
  const rescanAll = fresh[0]! < [...folder.scanned.keys()].sort().at(-1)!;
  if (rescanAll) folder.found.clear();
  for (const name of names) {
    let pack = folder.scanned.get(name);
    if (pack && !rescanAll) continue;
    if (!pack) {
      try {
        pack = { name, fd: openSync(join(packs, name), 'r') };
      } catch {
        continue;
      }
      folder.scanned.set(name, pack);
    }
    for (const [key, location] of scanPack(pack)) folder.found.set(key, location);
  }
}

/** The records of a pack, in order, up to its first incomplete or unreadable one. */
function* scanPack(pack: Pack): Generator<[string, Location]> {
  const header = Buffer.alloc(HEADER_MAX);
  let size: number;
  try {
    size = fstatSync(pack.fd).size;
  } catch {
    return;
  }
  for (let at = 0; at < size; ) {
    let read: number;
    try {
      read = readSync(pack.fd, header, 0, HEADER_MAX, at);
    } catch {
      return;
    }
    const newline = header.subarray(0, read).indexOf(10);
    if (newline < 0) return;
    const [magic, key, checksum, length, extra] = header.subarray(0, newline).toString('latin1').split(' ');
    const bytes = Number(length);
    if (magic !== MAGIC || !key || !checksum || extra !== undefined || !Number.isSafeInteger(bytes) || bytes < 0) return;
    const payloadAt = at + newline + 1;
    if (payloadAt + bytes > size) return;
    yield [key, { pack, payloadAt, length: bytes, checksum }];
    at = payloadAt + bytes;
  }
}

/** The packs of a packs folder, oldest first. */
function packNames(packs: string): string[] {
  return readdirSync(packs)
    .filter((name) => name.endsWith('.pack'))
    .sort();
}

function readRecord(location: Location, key: string): unknown {
  const payload = readPayload(location, key);
  try {
    return payload && deserialize(payload);
  } catch {
    return undefined;
  }
}

/** A record's payload, or undefined when it cannot be read whole or fails its checksum. */
function readPayload(location: Location, key: string): Buffer | undefined {
  const payload = Buffer.allocUnsafe(location.length);
  try {
    if (readSync(location.pack.fd, payload, 0, location.length, location.payloadAt) !== location.length) return undefined;
  } catch {
    return undefined;
  }
  return checksumOf(key, payload) === location.checksum ? payload : undefined;
}

/** Merges the packs no process has written to for a while into one, newest record first, when there are many. */
function mergeSettledPacks(folder: Folder): void {
  const packs = join(folder.dir, PACKS);
  let settled: string[];
  try {
    const now = Date.now();
    settled = packNames(packs).filter((name) => now - statSync(join(packs, name)).mtimeMs > SETTLED_MS);
  } catch {
    return;
  }
  if (settled.length < MERGE_FROM_PACKS) return;
  const latest = new Map<string, Location>();
  const opened: Pack[] = [];
  let temporary: string | undefined;
  try {
    for (const name of settled) {
      const pack = { name, fd: openSync(join(packs, name), 'r') };
      opened.push(pack);
      for (const [key, location] of scanPack(pack)) latest.set(key, location);
    }
    // Named after the newest pack merged, so that packs started since still come after it.
    const name = `${settled.at(-1)!.slice(0, 10)}-merged-${process.pid}-${randomBytes(4).toString('hex')}.pack`;
    temporary = join(packs, `${name}.tmp`);
    const fd = openSync(temporary, 'wx');
    try {
      let size = 0;
      for (const [key, location] of latest) {
        // A record that fails its checksum is left behind, as a read would ignore it.
        const payload = readPayload(location, key);
        if (!payload) continue;
        const header = Buffer.from(`${MAGIC} ${key} ${location.checksum} ${payload.length}\n`, 'latin1');
        size += writeAll(fd, Buffer.concat([header, payload]), size);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, join(packs, name));
    for (const pack of settled) tryUnlink(join(packs, pack));
  } catch {
    // Another process merging at the same time, or a disk that refuses: the packs stay as they were.
    if (temporary) tryUnlink(temporary);
  } finally {
    for (const pack of opened) closeSync(pack.fd);
  }
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** The checksum of a record names its key too: a record copied under another key does not pass for it. */
function checksumOf(key: string, payload: Uint8Array): string {
  return createHash('sha1').update(key).update('\n').update(payload).digest('hex');
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
