import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobId, flushContentCaches, openContentCache } from '../check/content-cache.ts';
import { checkHistory } from './check-history.ts';
import { commitScriptedHistory, CONTENT_DIR, createRepository, type TestRepository } from './git-repository.testing.ts';
import { readHistory } from './read-history.ts';

let repository: TestRepository;
let commits: string[];
let root: string;

beforeAll(() => {
  repository = createRepository();
  commits = commitScriptedHistory(repository);
  root = join(repository.dir, CONTENT_DIR);
});
afterAll(() => repository.remove());

describe('readHistory', () => {
  it('gives every current file its revisions, newest first, following renames', async () => {
    const history = await readHistory(root);
    expect(history.available).toBe(true);
    expect(history.shallow).toBe(false);
    const c = (index: number) => commits[index - 1];
    expect(
      history.files.map((file) => [file.path, file.revisions.map((revision) => revision.commit), file.omitted, file.truncated]),
    ).toEqual([
      ['journeys/livraison.yaml', [c(10), c(9), c(6), c(5), c(4), c(3), c(2), c(1)], 0, false],
      ['journeys/retour-article.yaml', [c(7), c(1)], 0, false],
      ['personas/amelie.yaml', [c(1)], 0, false],
      ['personas/nadine.yaml', [c(1)], 0, false],
    ]);
    const [renamed, added] = history.files[1]!.revisions;
    expect(renamed).toMatchObject({
      status: 'renamed',
      path: 'journeys/retour-article.yaml',
      previousPath: 'journeys/retour.yaml',
      author: 'Claire Martin',
      message: 'Name the returns journey after its file',
      date: '2026-03-07T10:00:00+01:00',
    });
    expect(added).toMatchObject({ status: 'added', path: 'journeys/retour.yaml' });
    expect(added!.text).toContain('id: retour\n');
    // Git's blob id comes with the text, the id the content cache would have computed.
    expect(added!.blob).toBe(blobId(added!.text!));
  });

  it('takes every revision and every change from the content cache once checked, one entry per file, with the same result', async () => {
    const history = await readHistory(root);
    const uncached = checkHistory(history);
    const dir = mkdtempSync(join(tmpdir(), 'parcours-history-cache-'));
    try {
      const counts = { gets: 0, hits: 0, sets: 0 };
      const store = openContentCache(dir);
      const cache = {
        get(key: string) {
          counts.gets++;
          const value = store.get(key);
          if (value !== undefined) counts.hits++;
          return value;
        },
        set(key: string, value: unknown) {
          counts.sets++;
          store.set(key, value);
        },
      };
      expect(checkHistory(history, { cache })).toEqual(uncached);
      expect(counts.sets).toBeGreaterThan(0);
      Object.assign(counts, { gets: 0, hits: 0, sets: 0 });
      expect(checkHistory(history, { cache })).toEqual(uncached);
      // One entry per file history (history-pack.ts), holding its revisions and changes: no file is parsed or checked again.
      expect(counts).toEqual({ gets: uncached.length, hits: uncached.length, sets: 0 });
      // Another day for the same text is another revision check: review ages count from it.
      const redated = {
        ...history,
        files: history.files.map((file) => ({
          ...file,
          revisions: file.revisions.map((revision) => ({ ...revision, date: '2030-01-01T00:00:00Z' })),
        })),
      };
      Object.assign(counts, { gets: 0, hits: 0, sets: 0 });
      expect(checkHistory(redated, { cache })).toEqual(checkHistory(redated));
      expect(counts.sets).toBeGreaterThan(0);
    } finally {
      await flushContentCaches();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the configured number of revisions, with the one before as a base', async () => {
    const history = await readHistory(root, { revisions: 2 });
    const livraison = history.files[0]!;
    expect([livraison.revisions.map((revision) => revision.commit), livraison.previous?.commit, livraison.omitted]).toEqual([
      [commits[9], commits[8]],
      commits[5],
      6,
    ]);
  });

  it('checks each revision on its own and compares it with the last one that validates', async () => {
    const [livraison, retour] = checkHistory(await readHistory(root), { lines: true });
    const summary = livraison!.revisions.map((revision) => [
      revision.message,
      revision.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code),
      revision.journey !== undefined,
      revision.base,
      revision.changes.map((change) => `${change.kind} ${change.step ?? change.journey}`),
    ]);
    expect(summary).toEqual([
      ['Finish the delivery edit: new conversion figure', [], true, commits[5], ['metric-changed paie']],
      ['Work in progress on delivery', ['yaml-syntax'], false, undefined, []],
      ['One-click payment shipped', [], true, commits[4], ['opportunity-status-changed paie']],
      ['Drop the phone line from payment', [], true, commits[3], ['touchpoint-removed paie']],
      ['Amélie is let down at the door', [], true, commits[2], ['emotion-changed recoit-colis']],
      ['Parcel tracking belongs to the purchase', [], true, commits[1], ['step-moved suit-colis']],
      ['Rename the payment step', [], true, commits[0], ['step-renamed paie']],
      ['Add the delivery, returns and old journeys with their personas', [], true, undefined, ['journey-added livraison']],
    ]);
    expect(livraison!.revisions[4]!.warnings).toBe(1);
    expect(livraison!.revisions[0]!.changes[0]!.location.after).toMatchObject({
      file: 'journeys/livraison.yaml',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(retour!.revisions.map((revision) => revision.changes.map((change) => change.kind))).toEqual([
      ['journey-id-renamed'],
      ['journey-added'],
    ]);
  });

  it('flags what a shallow clone cuts off, and still reads what it has', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'parcours-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '3', `file://${repository.dir}`, clone], {
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
      });
      const history = await readHistory(join(clone, CONTENT_DIR));
      expect(history.shallow).toBe(true);
      const livraison = history.files.find((file) => file.path === 'journeys/livraison.yaml')!;
      expect([livraison.revisions.map((revision) => revision.commit), livraison.truncated]).toEqual([
        [commits[9], commits[8], commits[7]],
        true,
      ]);
      const [checked] = checkHistory(history);
      // The oldest revision of a cut history is not the journey's creation: no "added" change.
      expect(checked!.revisions[2]!.changes).toEqual([]);
      expect(checked!.revisions[0]!.changes.map((change) => change.kind)).toEqual(['metric-changed']);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('gives an empty history outside a repository and before the first commit', async () => {
    const empty = createRepository();
    const outside = mkdtempSync(join(tmpdir(), 'parcours-no-git-'));
    try {
      expect(await readHistory(empty.dir)).toEqual({ available: false, shallow: false, files: [] });
      expect(await readHistory(outside)).toEqual({ available: false, shallow: false, files: [] });
      expect(checkHistory(await readHistory(outside))).toEqual([]);
    } finally {
      empty.remove();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
