import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHistory, type CheckedFileHistory } from './check-history.ts';
import { CONTENT_DIR, createRepository, type TestRepository } from './git-repository.testing.ts';
import { commitLivingHistory, livingDate } from './living-history.testing.ts';
import { countChanges, filterChanges, portfolioChanges } from './portfolio-changes.ts';
import { readHistory } from './read-history.ts';

let repository: TestRepository;
let commits: string[];
let histories: CheckedFileHistory[];

beforeAll(async () => {
  repository = createRepository({ date: livingDate });
  commits = commitLivingHistory(repository);
  histories = checkHistory(await readHistory(join(repository.dir, CONTENT_DIR)));
});
afterAll(() => repository.remove());

describe('portfolioChanges', () => {
  it('lists every commit that changed content, newest first, with the files it changed', () => {
    const changes = portfolioChanges(histories);
    const c = (index: number) => commits[index - 1];
    // The comment-only commit (5) changed nothing for the customer.
    expect(changes.map((commit) => [commit.commit, commit.month, commit.files.map((file) => `${file.kind}:${file.id}`)])).toEqual([
      [c(6), '2026-03', ['journey:livraison']],
      [c(4), '2026-03', ['persona:nadine']],
      [c(3), '2026-02', ['journey:livraison']],
      [c(2), '2026-02', ['journey:livraison']],
      [c(1), '2026-01', ['journey:livraison', 'persona:amelie', 'persona:nadine']],
    ]);
    const [renamed, persona, drop, reworded] = changes;
    expect(renamed).toMatchObject({
      date: '2026-03-15T14:00:00+01:00',
      author: 'Claire Martin',
      message: 'Name the tracking step after what the customer does',
    });
    expect(renamed!.files[0]!.changes.map((change) => change.kind)).toEqual(['step-id-renamed']);
    expect(persona!.files[0]!.changes.map((change) => [change.kind, change.field])).toEqual([['persona-changed', 'goals']]);
    expect(drop!.files[0]!.changes.map((change) => [change.kind, change.level, change.persona])).toEqual([
      ['emotion-changed', 'warn', 'amelie'],
    ]);
    expect(reworded!.files[0]!.changes.map((change) => change.kind).sort()).toEqual(['pain-point-changed', 'thought-added']);
    // The versions compared travel with the changes, for sentences that name steps.
    expect((reworded!.files[0]!.after as { id: string }).id).toBe('livraison');
    expect(reworded!.files[0]!.before).toBeDefined();
    expect(reworded!.files[0]!.personas).toEqual(['amelie', 'nadine']);
  });

  it('does not depend on the order files were read in', () => {
    expect(portfolioChanges([...histories].reverse())).toEqual(portfolioChanges(histories));
  });

  it('filters by journey, persona and level, dropping commits left empty', () => {
    const all = portfolioChanges(histories);
    const c = (index: number) => commits[index - 1];
    expect(filterChanges(all, { journey: 'livraison' }).map((commit) => commit.commit)).toEqual([c(6), c(3), c(2), c(1)]);
    expect(filterChanges(all, { level: 'warn' }).map((commit) => commit.commit)).toEqual([c(3)]);
    expect(countChanges(filterChanges(all, { level: 'warn' }))).toBe(1);
    // Nadine: her own file, and the journeys she takes part in, but not Amélie's emotion.
    expect(filterChanges(all, { persona: 'nadine' }).map((commit) => commit.commit)).toEqual([c(6), c(4), c(2), c(1)]);
    expect(filterChanges(all, { persona: 'amelie' }).map((commit) => commit.commit)).toEqual([c(6), c(3), c(2), c(1)]);
    expect(filterChanges(all, { persona: 'nadine', level: 'warn' })).toEqual([]);
    expect(filterChanges(all, { journey: 'no-such-journey' })).toEqual([]);
  });

  it('is empty without history', () => {
    expect(portfolioChanges([])).toEqual([]);
  });
});
