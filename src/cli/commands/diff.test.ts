import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitScriptedHistory, CONTENT_DIR, createRepository, type TestRepository } from '../../core/history/git-repository.testing.ts';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

let repository: TestRepository;
let root: string;

beforeAll(() => {
  repository = createRepository();
  commitScriptedHistory(repository);
  root = join(repository.dir, CONTENT_DIR);
});
afterAll(() => repository.remove());

interface JsonDiff {
  subjects: {
    type: string;
    id: string;
    status: string;
    changes: { kind: string; level: string; step?: string; persona?: string; before?: unknown; after?: unknown; delta?: number }[];
  }[];
  problems: { before: { code: string }[]; after: { code: string }[] };
}

async function diffJson(...args: string[]): Promise<JsonDiff> {
  const io = memoryIo(root);
  expect(await main(['diff', ...args, '--format', 'json'], io)).toBe(0);
  return JSON.parse(io.out()) as JsonDiff;
}

/** Commit n of the scripted history (1 = first), as a ref. */
const commit = (n: number) => (n === 10 ? 'main' : `main~${10 - n}`);

describe('parcours diff', () => {
  it('gives the exact changes of each scripted commit', async () => {
    const summaries: string[][] = [];
    for (let n = 2; n <= 10; n++) {
      const diff = await diffJson(commit(n - 1), commit(n));
      summaries.push(
        diff.subjects.flatMap((subject) =>
          subject.changes.map((change) => `${subject.id} ${change.kind} ${change.level} ${change.step ?? ''}`.trim()),
        ),
      );
    }
    expect(summaries).toEqual([
      ['livraison step-renamed info paie'],
      ['livraison step-moved info suit-colis'],
      ['livraison emotion-changed warn recoit-colis'],
      ['livraison touchpoint-removed warn paie'],
      ['livraison opportunity-status-changed info paie'],
      ['retour-article journey-id-renamed info'],
      ['ancienne journey-removed warn'],
      ['livraison journey-invalid warn'],
      ['livraison journey-invalid info'],
    ]);
  });

  it('carries before, after and delta, and the errors of an invalid side', async () => {
    const emotion = await diffJson(commit(3), commit(4));
    expect(emotion.subjects[0]!.changes[0]).toMatchObject({ persona: 'amelie', before: 2, after: -1, delta: -3 });
    const moved = await diffJson(commit(2), commit(3));
    expect(moved.subjects[0]!.changes[0]).toMatchObject({
      before: { stage: 'livraison', position: 1 },
      after: { stage: 'achat', position: 3 },
    });
    const status = await diffJson(commit(5), commit(6));
    expect(status.subjects[0]!.changes[0]).toMatchObject({ before: 'planned', after: 'done' });
    const broken = await diffJson(commit(8), commit(9));
    expect([broken.problems.before, broken.problems.after.map((problem) => problem.code)]).toEqual([[], ['yaml-syntax']]);
  });

  it('compares with the working tree when no head is given', async () => {
    const io = memoryIo(root);
    expect(await main(['diff', 'HEAD', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toBe('No change to journeys or personas between HEAD and working tree.\n');
    writeFileSync(join(root, 'personas/nadine.yaml'), 'id: nadine\nname: Nadine, connectée\ndigitalAffinity: high\n');
    try {
      const diff = await diffJson('HEAD');
      expect(diff.subjects.map((subject) => [subject.id, subject.changes.map((change) => change.kind)])).toEqual([
        ['nadine', ['persona-changed', 'persona-changed', 'persona-changed', 'persona-changed']],
      ]);
    } finally {
      repository.git('checkout', '--', `${CONTENT_DIR}/personas/nadine.yaml`);
    }
  });

  it('sets the exit code from --fail-on', async () => {
    expect(await main(['diff', commit(3), commit(4), '--fail-on', 'warn'], memoryIo(root))).toBe(1);
    expect(await main(['diff', commit(1), commit(2), '--fail-on', 'warn'], memoryIo(root))).toBe(0);
    expect(await main(['diff', commit(1), commit(2), '--fail-on', 'info'], memoryIo(root))).toBe(1);
    expect(await main(['diff', 'HEAD', 'HEAD', '--fail-on', 'info'], memoryIo(root))).toBe(0);
  });

  it('exits 2 with a clear message for an unknown revision, a bad option or no repository', async () => {
    const unknown = memoryIo(root);
    expect(await main(['diff', 'origin/nope'], unknown)).toBe(2);
    expect(unknown.err()).toContain('"origin/nope" is not a commit of the repository');
    expect(await main(['diff'], memoryIo(root))).toBe(2);
    expect(await main(['diff', 'HEAD', '--format', 'html'], memoryIo(root))).toBe(2);
    const outside = mkdtempSync(join(tmpdir(), 'parcours-no-git-'));
    try {
      const io = memoryIo(outside);
      expect(await main(['diff', 'HEAD'], io)).toBe(2);
      expect(io.err()).toContain('is not inside a Git repository');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads REV:PATH as the content root PATH at REV', async () => {
    const io = memoryIo(repository.dir);
    expect(await main(['diff', `${commit(3)}:${CONTENT_DIR}`, `${commit(4)}:./${CONTENT_DIR}`, '--format', 'json'], io)).toBe(0);
    const diff = JSON.parse(io.out()) as JsonDiff;
    expect(diff.subjects.map((subject) => subject.changes.map((change) => change.kind))).toEqual([['emotion-changed']]);
  });

  it('prints github annotations at the changed lines, with paths from the repository root', async () => {
    const io = memoryIo(root);
    await main(['diff', commit(4), commit(5), '--format', 'github'], io);
    expect(io.out()).toMatch(
      /^::warning file=cartes\/journeys\/livraison\.yaml,line=\d+,col=\d+,title=parcours touchpoint-removed::A touchpoint on Téléphone was removed from step “Règle sa commande”\.\n$/,
    );
  });

  it('prints the whole history as a pull-request comment (golden file)', async () => {
    const io = memoryIo(root);
    await main(['diff', commit(1), commit(10), '--format', 'markdown'], io);
    await expect(io.out()).toMatchFileSnapshot('./fixtures/diff-history.md');
  });

  it('prints pretty output with file:line:col and a summary', async () => {
    const io = memoryIo(root);
    await main(['diff', commit(3), commit(4), '--lang', 'en'], io);
    expect(io.out()).toMatch(
      /^journey livraison “Commander et se faire livrer” \(modified\): 1 change, 1 warning\n {2}warn emotion-changed journeys\/livraison\.yaml:\d+:\d+\n/,
    );
    expect(io.out()).toContain('1 change (1 warning) in 1 journey or persona between main~7 and main~6.');
    // Without --lang, in the content's language (French here), with the names the site gives.
    const french = memoryIo(root);
    await main(['diff', commit(3), commit(4)], french);
    expect(french.out()).toMatch(/^parcours livraison “Commander et se faire livrer” \(modifié\) : 1 changement, 1 avertissement\n/);
    expect(french.out()).toContain('1 changement (1 avertissement) dans 1 parcours ou persona entre main~7 et main~6.');
  });
});
