import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitScriptedHistory, CONTENT_DIR, createRepository, type TestRepository } from '../core/history/git-repository.testing.ts';
import { projectContent } from './site-content.ts';

let repository: TestRepository;
beforeAll(() => {
  repository = createRepository();
  commitScriptedHistory(repository);
});
afterAll(() => repository.remove());

describe("the history of a project's content", () => {
  it('gives each journey with revisions its checked history, read once for the same root', async () => {
    const content = projectContent(join(repository.dir, CONTENT_DIR), '2026-06-01');
    const first = content.history(3);
    expect(content.history(3)).toBe(first);
    const histories = await first;
    expect([...histories.keys()]).toEqual(['livraison', 'retour-article']);
    expect(histories.get('livraison')!.revisions.map((revision) => revision.changes.map((change) => change.kind))).toEqual([
      ['metric-changed'],
      [],
      ['opportunity-status-changed'],
    ]);
  });

  it('gives each persona with revisions its checked history from the same reading of Git', async () => {
    const content = projectContent(join(repository.dir, CONTENT_DIR), '2026-06-01');
    const first = content.personaHistory(3);
    expect(content.personaHistory(3)).toBe(first);
    const personas = await first;
    expect([...personas.keys()]).toEqual(['amelie', 'nadine']);
    expect(
      personas
        .get('amelie')!
        .revisions.map((revision) => [revision.message, revision.persona?.name, revision.changes.map((change) => change.kind)]),
    ).toEqual([['Add the delivery, returns and old journeys with their personas', 'Amélie, pressée', ['persona-added']]]);
    expect((await content.history(3)).has('amelie')).toBe(false);
  });

  it('is empty outside a Git repository and when the config keeps no revision', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'parcours-site-no-git-'));
    try {
      expect((await projectContent(outside, '2026-06-01').history(20)).size).toBe(0);
      expect((await projectContent(join(repository.dir, CONTENT_DIR), '2026-06-01').history(0)).size).toBe(0);
      expect((await projectContent(join(repository.dir, CONTENT_DIR), '2026-06-01').personaHistory(0)).size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
