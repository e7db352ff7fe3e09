import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitScriptedHistory, CONTENT_DIR, createRepository, type TestRepository } from '../core/history/git-repository.testing.ts';
import { loadHistory } from './load-history.ts';

let repository: TestRepository;
beforeAll(() => {
  repository = createRepository();
  commitScriptedHistory(repository);
});
afterAll(() => repository.remove());

describe('loadHistory', () => {
  it('gives each journey with revisions its checked history, read once for the same root', async () => {
    const root = join(repository.dir, CONTENT_DIR);
    const first = loadHistory(root, 3);
    expect(loadHistory(root, 3)).toBe(first);
    const histories = await first;
    expect([...histories.keys()]).toEqual(['livraison', 'retour-article']);
    expect(histories.get('livraison')!.revisions.map((revision) => revision.changes.map((change) => change.kind))).toEqual([['metric-changed'], [], ['opportunity-status-changed']]);
  });

  it('is empty outside a Git repository and when the config keeps no revision', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'parcours-site-no-git-'));
    try {
      expect((await loadHistory(outside, 20)).size).toBe(0);
      expect((await loadHistory(join(repository.dir, CONTENT_DIR), 0)).size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
