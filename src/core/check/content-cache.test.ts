import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent, type SourceFile } from '../load/read-content.ts';
import { contentCacheDir } from './cache-dir.ts';
import { fingerprintOf } from './check-fingerprint.ts';
import { checkRead } from './check-project.ts';
import { checkSources } from './check-sources.ts';
import { blobId, flushContentCaches, openContentCache, type ContentCache } from './content-cache.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = new Date('2026-11-23T12:00:00Z');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parcours-cache-test-'));
});
afterEach(async () => {
  await flushContentCaches();
  await rm(dir, { recursive: true, force: true });
});

/** A cache that counts what it is asked, around the real one. */
function counted(cache: ContentCache) {
  const counts = { hits: 0, misses: 0, sets: 0 };
  return {
    counts,
    get(key: string) {
      const value = cache.get(key);
      counts[value === undefined ? 'misses' : 'hits']++;
      return value;
    },
    set(key: string, value: unknown) {
      counts.sets++;
      cache.set(key, value);
    },
  };
}

/** The pack files of the cache folder, oldest first. */
async function packFiles(): Promise<string[]> {
  const names = await readdir(join(dir, 'packs')).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.pack'))
    .sort()
    .map((name) => join(dir, 'packs', name));
}

/** The records of a pack: each one's key, where its payload starts, and its value. */
function recordsOf(pack: Buffer): { key: string; payloadAt: number; value: () => unknown }[] {
  const records: { key: string; payloadAt: number; value: () => unknown }[] = [];
  for (let at = 0; at < pack.length; ) {
    const newline = pack.indexOf(10, at);
    const [, key, , length] = pack.subarray(at, newline).toString('latin1').split(' ');
    const payload = pack.subarray(newline + 1, newline + 1 + Number(length));
    records.push({ key: key!, payloadAt: newline + 1, value: () => deserialize(payload) });
    at = newline + 1 + Number(length);
  }
  return records;
}

let spelling = 0;
/**
 * The cache folder as another process opening it now would see it: the same folder under a
 * path spelled another way, which this process keeps apart from the other openings.
 */
function anotherProcess(): ContentCache {
  spelling += 1;
  return openContentCache(`${dir}${'/.'.repeat(spelling)}`);
}

function runNode(source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`node exited ${code}`))));
  });
}

const journey = (title: string): SourceFile => ({
  path: 'journeys/j.yaml',
  kind: 'journey',
  text: `id: j\ntitle: ${title}\npersonas: [p]\nstages:\n  - id: s\n    name: S\n    steps:\n      - id: a\n        name: A\n        emotion: 9\n`,
});

describe('content cache', () => {
  it('keys a file by its Git blob id, as `git hash-object` does', () => {
    expect(blobId('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(blobId('é')).toBe(blobId('\u00e9'));
  });

  it('serves a checked file again, with the same result as without a cache', async () => {
    const examples = await readContent(repo);
    const uncached = checkRead(examples, { now: NOW });
    const cache = counted(openContentCache(dir));
    const cold = checkRead(examples, { now: NOW, cache });
    expect(cache.counts).toMatchObject({ hits: 0 });
    expect(cache.counts.sets).toBeGreaterThan(examples.sources.length);
    const warmCache = counted(openContentCache(dir));
    const warm = checkRead(examples, { now: NOW, cache: warmCache });
    expect(warmCache.counts).toMatchObject({ misses: 0, sets: 0 });
    for (const result of [cold, warm]) {
      expect(result.problems).toEqual(uncached.problems);
      expect(result.project).toEqual(uncached.project);
    }
  });

  it('misses after an edit, and gives the edited file its own problems', () => {
    const cache = counted(openContentCache(dir));
    const before = checkSources([journey('Avant')], { now: NOW, cache });
    const sets = cache.counts.sets;
    const after = checkSources([journey('Après')], { now: NOW, cache });
    expect(cache.counts.sets).toBeGreaterThan(sets);
    expect(after.project.journeys[0]?.title).toBe('Après');
    expect(before.project.journeys[0]?.title).toBe('Avant');
    expect(after.problems.map((problem) => problem.code)).toContain('emotion-out-of-scale');
  });

  it('keys by path too: a file moved keeps the id check right', () => {
    const cache = openContentCache(dir);
    checkSources([journey('T')], { now: NOW, cache });
    const moved = checkSources([{ ...journey('T'), path: 'journeys/k.yaml' }], { now: NOW, cache });
    expect(moved.problems.map((problem) => problem.code)).toContain('id-mismatch');
  });

  it('ignores a corrupt, truncated or misplaced record, and writes it again', async () => {
    const reference = checkSources([journey('T')], { now: NOW });
    checkSources([journey('T')], { now: NOW, cache: openContentCache(dir) });
    await flushContentCaches();
    const [pack] = await packFiles();
    const bytes = await readFile(pack!);
    const records = recordsOf(bytes);
    expect(records.length).toBeGreaterThan(1);
    // One byte of the first record's payload changed, and the last record cut short.
    const corrupt = Buffer.from(bytes);
    corrupt[records[0]!.payloadAt + 3]! ^= 0xff;
    await writeFile(pack!, corrupt.subarray(0, records.at(-1)!.payloadAt + 2));
    const cache = counted(anotherProcess());
    expect(checkSources([journey('T')], { now: NOW, cache }).problems).toEqual(reference.problems);
    expect(cache.counts.sets).toBe(2);
    await flushContentCaches();
    const again = counted(anotherProcess());
    checkSources([journey('T')], { now: NOW, cache: again });
    expect(again.counts).toMatchObject({ misses: 0, sets: 0 });
    // A record whose key was changed is not that key's record, nor is one whose payload changed.
    const raw = openContentCache(dir);
    raw.set('aa11', { value: 1 });
    raw.set('cc33', { text: 'hello' });
    // Nor one of another format, whose header starts with another word.
    raw.set('dd44', { value: 4 });
    await flushContentCaches();
    for (const path of await packFiles()) {
      const text = (await readFile(path)).toString('latin1');
      if (text.includes(' aa11 '))
        await writeFile(
          path,
          Buffer.from(
            text
              .replace(' aa11 ', ' bb22 ')
              .replace('hello', 'jello')
              .replace(/parcours-cache-2 dd44/, 'parcours-cache-9 dd44'),
            'latin1',
          ),
        );
    }
    const reader = anotherProcess();
    expect(reader.get('bb22')).toBeUndefined();
    expect(reader.get('cc33')).toBeUndefined();
    expect(reader.get('dd44')).toBeUndefined();
    expect(() => raw.get('not a key')).toThrow(/not a key/);
  });

  it('is safe to delete at any time', async () => {
    const cache = openContentCache(dir);
    checkSources([journey('T')], { now: NOW, cache });
    await flushContentCaches();
    await rm(dir, { recursive: true, force: true });
    expect(checkSources([journey('T')], { now: NOW, cache }).project.journeys).toHaveLength(1);
    // The pack deleted under this process is started again for what is set from then on.
    checkSources([journey('U')], { now: NOW, cache });
    await flushContentCaches();
    expect(await packFiles()).toHaveLength(1);
    const other = counted(anotherProcess());
    checkSources([journey('U')], { now: NOW, cache: other });
    expect(other.counts).toMatchObject({ misses: 0, sets: 0 });
    // Deleted while entries wait to be written.
    checkSources([journey('V')], { now: NOW, cache });
    await Promise.all([rm(dir, { recursive: true, force: true }), flushContentCaches()]);
    expect(checkSources([journey('V')], { now: NOW, cache }).project.journeys).toHaveLength(1);
  });

  it('is invalidated by another Parcours version, another schema or other rules', async () => {
    const copy = join(dir, 'parcours');
    for (const path of ['package.json', 'schema', 'src/core']) await cp(join(repo, path), join(copy, path), { recursive: true });
    const original = fingerprintOf(copy);
    const edit = async (path: string, change: (text: string) => string) => {
      const text = await readFile(join(copy, path), 'utf8');
      await writeFile(join(copy, path), change(text));
      const changed = fingerprintOf(copy);
      await writeFile(join(copy, path), text);
      return changed;
    };
    expect(await edit('package.json', (text) => text.replace(/"version": "[^"]*"/, '"version": "99.0.0"'))).not.toBe(original);
    expect(await edit('schema/journey.schema.json', (text) => text.replace('"title"', '"title" '))).not.toBe(original);
    expect(await edit('src/core/validate/rules/owner-missing.ts', (text) => `${text}\n`)).not.toBe(original);
    expect(fingerprintOf(copy)).toBe(original);
  });

  it('lives in node_modules/.cache/parcours of the nearest package, or PARCOURS_CACHE_DIR', () => {
    expect(contentCacheDir(join(repo, 'tests/bad-input/bom'), {}, '/')).toBe(join(repo, 'node_modules/.cache/parcours'));
    expect(contentCacheDir('content', { PARCOURS_CACHE_DIR: 'my-cache' }, '/work')).toBe('/work/my-cache');
  });

  it('keeps the last value set, when a key is set again after its first value was written', async () => {
    const cache = openContentCache(dir);
    const keys = Array.from({ length: 50 }, (_, index) => `ee${String(index).padStart(2, '0')}`);
    // The large first values fill the writes that go out while the loop runs: both values of the first keys reach the pack.
    for (const key of keys) cache.set(key, { round: 1, padding: 'x'.repeat(400_000) });
    for (const key of keys) cache.set(key, { round: 2 });
    await flushContentCaches();
    expect(keys.map((key) => (cache.get(key) as { round: number }).round)).toEqual(keys.map(() => 2));
    const fresh = anotherProcess();
    expect(keys.map((key) => (fresh.get(key) as { round: number }).round)).toEqual(keys.map(() => 2));
    const counts = recordsOf(await readFile((await packFiles())[0]!)).filter((record) => record.key === 'ee00').length;
    expect(counts).toBe(2);
    // What this process set wins over what another one stored under the same key.
    await runNode(`
      import { openContentCache } from ${JSON.stringify(new URL('./content-cache.ts', import.meta.url).href)};
      openContentCache(${JSON.stringify(dir)}).set('ff00', { by: 'other' });
    `);
    const mine = anotherProcess();
    expect(mine.get('ff00')).toEqual({ by: 'other' });
    mine.set('ff00', { by: 'me' });
    await flushContentCaches();
    expect(mine.get('ff00')).toEqual({ by: 'me' });
  }, 60_000);

  it("merges settled packs when many have piled up, keeping each key's latest record", async () => {
    const writer = (round: number) => `
      import { openContentCache } from ${JSON.stringify(new URL('./content-cache.ts', import.meta.url).href)};
      const cache = openContentCache(${JSON.stringify(dir)});
      cache.set('same', { round: ${round} });
      cache.set('only${round}', { round: ${round} });
    `;
    for (let round = 0; round < 16; round++) await runNode(writer(round));
    const before = await packFiles();
    expect(before).toHaveLength(16);
    await runNode(writer(16));
    // Opened before the merge: it has seen every pack, the newest one's 'same' winning.
    const earlier = anotherProcess();
    expect(earlier.get('same')).toEqual({ round: 16 });
    // One record made corrupt: the merge leaves it behind, as a read would ignore it.
    const fifth = await readFile(before[5]!);
    const record = recordsOf(fifth).find((candidate) => candidate.key === 'only5')!;
    fifth[record.payloadAt + 4]! ^= 0xff;
    await writeFile(before[5]!, fifth);
    // A pack counts as settled once nobody has written to it for ten minutes.
    const old = new Date(Date.now() - 3_600_000);
    for (const pack of before) await utimes(pack, old, old);
    const merged = anotherProcess();
    const after = await packFiles();
    expect(after).toHaveLength(2);
    expect(merged.get('same')).toEqual({ round: 16 });
    for (let round = 0; round <= 16; round++) expect(merged.get(`only${round}`)).toEqual(round === 5 ? undefined : { round });
    const kept = recordsOf(await readFile(after[0]!));
    expect(kept.map((record) => record.key)).not.toContain('only5');
    expect(kept.filter((record) => record.key === 'same').map((record) => record.value())).toEqual([{ round: 15 }]);
    // The merged pack comes before the pack started after the newest one merged, for an opening that sees it appear too.
    expect(earlier.get('never-set')).toBeUndefined();
    expect(earlier.get('same')).toEqual({ round: 16 });
    expect(earlier.get('only3')).toEqual({ round: 3 });
    // A pack another process writes later is found on a miss.
    await runNode(writer(17));
    expect(earlier.get('only17')).toEqual({ round: 17 });
  }, 60_000);

  it('stays whole when several processes write the same entries at once', async () => {
    const module = new URL('./content-cache.ts', import.meta.url).href;
    const writer = (id: number) => `
      import { openContentCache } from ${JSON.stringify(module)};
      const cache = openContentCache(${JSON.stringify(dir)});
      for (let round = 0; round < 100; round++) for (const key of ['ab01', 'ab02', 'cd03']) cache.set(key, { writer: ${id}, round, padding: 'x'.repeat(20000 + ${id} * 1000) });
    `;
    const processes = [1, 2, 3].map((id) => spawn(process.execPath, ['--input-type=module', '-e', writer(id)], { stdio: 'inherit' }));
    const exited = Promise.all(processes.map((child) => new Promise((resolve) => child.on('exit', resolve))));
    const cache = openContentCache(dir);
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      for (const key of ['ab01', 'ab02', 'cd03']) {
        const value = cache.get(key) as { writer: number; round: number; padding: string } | undefined;
        if (value === undefined) continue;
        expect([1, 2, 3]).toContain(value.writer);
        expect(value.padding).toHaveLength(20000 + value.writer * 1000);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await exited).toEqual([0, 0, 0]);
    const fresh = anotherProcess();
    for (const key of ['ab01', 'ab02', 'cd03']) expect(fresh.get(key)).toMatchObject({ round: 99 });
    expect(await packFiles()).toHaveLength(3);
  }, 60_000);
});
