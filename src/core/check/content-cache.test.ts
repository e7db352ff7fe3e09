import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

async function entryFiles(): Promise<string[]> {
  return ((await readdir(dir, { recursive: true, withFileTypes: true })) as { isFile(): boolean; parentPath: string; name: string }[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
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

  it('ignores a corrupt, truncated or misplaced entry, and rewrites it', async () => {
    const reference = checkSources([journey('T')], { now: NOW });
    checkSources([journey('T')], { now: NOW, cache: openContentCache(dir) });
    await flushContentCaches();
    const files = await entryFiles();
    expect(files.length).toBeGreaterThan(0);
    const [first, second] = files as [string, string];
    await writeFile(first, (await readFile(first)).subarray(0, 40));
    if (second) await writeFile(second, Buffer.concat([await readFile(second), Buffer.from('x')]));
    const cache = counted(openContentCache(dir));
    expect(checkSources([journey('T')], { now: NOW, cache }).problems).toEqual(reference.problems);
    expect(cache.counts.sets).toBeGreaterThanOrEqual(second ? 2 : 1);
    const again = counted(openContentCache(dir));
    checkSources([journey('T')], { now: NOW, cache: again });
    expect(again.counts).toMatchObject({ misses: 0, sets: 0 });
    // An entry copied under another key is not that key's entry.
    const raw = openContentCache(dir);
    raw.set('aa11', { value: 1 });
    raw.set('bb22', { value: 2 });
    await flushContentCaches();
    await cp(join(dir, 'aa', 'aa11'), join(dir, 'bb', 'bb22'));
    expect(raw.get('bb22')).toBeUndefined();
    expect(raw.get('aa11')).toEqual({ value: 1 });
  });

  it('is safe to delete at any time', async () => {
    const cache = openContentCache(dir);
    checkSources([journey('T')], { now: NOW, cache });
    await flushContentCaches();
    await rm(dir, { recursive: true, force: true });
    expect(checkSources([journey('T')], { now: NOW, cache }).project.journeys).toHaveLength(1);
    await flushContentCaches();
    expect((await entryFiles()).length).toBeGreaterThan(0);
    // Deleted while entries are on their way to it: they are lost or written, never half-written.
    checkSources([journey('U')], { now: NOW, cache });
    await Promise.all([rm(dir, { recursive: true, force: true }).catch(() => undefined), flushContentCaches()]);
    const left = await entryFiles().catch(() => []);
    expect(left.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(checkSources([journey('U')], { now: NOW, cache }).project.journeys).toHaveLength(1);
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

  it('keeps on disk the last value set, when a key is set again while its write is under way', async () => {
    const cache = openContentCache(dir);
    const keys = Array.from({ length: 50 }, (_, index) => `ee${String(index).padStart(2, '0')}`);
    // A write starts as soon as its value is set: the larger first value is still being written
    // when the second is set, and must not land after it.
    for (const key of keys) {
      cache.set(key, { round: 1, padding: 'x'.repeat(400_000) });
      cache.set(key, { round: 2 });
    }
    await flushContentCaches();
    const fresh = openContentCache(dir);
    expect(keys.map((key) => (fresh.get(key) as { round: number }).round)).toEqual(keys.map(() => 2));
    expect((await entryFiles()).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

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
    for (const key of ['ab01', 'ab02', 'cd03']) expect(cache.get(key)).toMatchObject({ round: 99 });
    expect((await entryFiles()).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
