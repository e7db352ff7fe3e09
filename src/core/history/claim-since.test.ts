import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHistory, type CheckedFileHistory } from './check-history.ts';
import { claimKey, claimSince, type Claim } from './claim-since.ts';
import { CONTENT_DIR, createRepository, type TestRepository } from './git-repository.testing.ts';
import { commitLivingHistory, livingDate } from './living-history.testing.ts';
import { readHistory } from './read-history.ts';

let repository: TestRepository;
let commits: string[];
let history: CheckedFileHistory;

beforeAll(async () => {
  repository = createRepository({ date: livingDate });
  commits = commitLivingHistory(repository);
  history = checkHistory(await readHistory(join(repository.dir, CONTENT_DIR))).find((file) => file.id === 'livraison')!;
});
afterAll(() => repository.remove());

const key = (step: string, kind: Claim['kind'], text: string) => claimKey({ step, kind, text });

describe('claimSince', () => {
  it('dates each claim by the commit that gave it its current wording, following step id renames', () => {
    const current = history.revisions[0]!.journey!;
    const since = claimSince(history, current);
    const c = (index: number) => commits[index - 1];
    expect(
      Object.fromEntries(
        [...since].map(([claim, value]) => [
          claim.replaceAll('\u0000', ' | '),
          [value.date, value.commit === c(1) ? 1 : value.commit === c(2) ? 2 : value.commit, value.orEarlier],
        ]),
      ),
    ).toEqual({
      'choisit-article | thought | Il me le faut pour samedi.': ['2026-01-10', 1, false],
      "paie | painPoint | Le 3-D Secure échoue dans l'application bancaire": ['2026-02-03', 2, false],
      'paie | opportunity | Proposer le paiement en un clic': ['2026-01-10', 1, false],
      // Added on 3 February to suit-colis, renamed suit-livraison on 15 March: the thought is as old as before.
      'suit-livraison | thought | Où en est mon colis ?': ['2026-02-03', 2, false],
      'recoit-colis | momentOfTruth | La première impression de la marque se joue à la porte.': ['2026-01-10', 1, false],
    });
  });

  it('gives no date to a claim not committed yet, nor without history', () => {
    const current = structuredClone(history.revisions[0]!.journey!);
    const step = current.steps.find((candidate) => candidate.id === 'paie')!;
    step.painPoints = [{ text: 'Le paiement est refusé sans explication', evidence: [] }];
    const since = claimSince(history, current);
    expect(since.has(key('paie', 'painPoint', 'Le paiement est refusé sans explication'))).toBe(false);
    expect(since.get(key('paie', 'opportunity', 'Proposer le paiement en un clic'))?.date).toBe('2026-01-10');
    expect(claimSince(undefined, current).size).toBe(0);
  });

  it('says a claim may be older when older revisions were not read', async () => {
    const kept = checkHistory(await readHistory(join(repository.dir, CONTENT_DIR), { revisions: 2 })).find(
      (file) => file.id === 'livraison',
    )!;
    const since = claimSince(kept, kept.revisions[0]!.journey!);
    // The two kept revisions are the comment (9 March) and the rename (15 March).
    expect(since.get(key('paie', 'opportunity', 'Proposer le paiement en un clic'))).toEqual({
      date: '2026-03-09',
      commit: commits[4],
      orEarlier: true,
    });
  });
});
