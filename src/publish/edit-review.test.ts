import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editText } from '../core/edit/edit-text.ts';
import { editReview } from './edit-review.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const JOURNEY = 'journeys/achat-logiciel-b2b.yaml';
let work: string;
let root: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-edit-review-'));
  root = join(work, 'repo', 'site');
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml', 'data'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: join(work, 'repo') });
  git('add', '.');
  git('commit', '-qm', 'content');
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('the review of the edit mode', () => {
  it('says nothing changed on a clean tree', async () => {
    expect(await editReview(root, 'fr')).toEqual({ ok: true, repository: true, files: [], changes: [], commit: [] });
  });

  it('lists the files changed against HEAD, what the changes mean and how to commit them', async () => {
    const text = await readFile(join(root, JOURNEY), 'utf8');
    const path = ['stages', { id: 'prise-de-conscience' }, 'steps', { id: 'constate-debordement' }, 'emotion', 'ines-prescriptrice'];
    await writeFile(join(root, JOURNEY), editText({ path: JOURNEY, kind: 'journey', text }, [{ op: 'set', path, value: 2 }]));
    const review = await editReview(root, 'fr');
    expect(review.files).toEqual([{ path: JOURNEY, status: 'M' }]);
    expect(review.changes).toEqual([expect.objectContaining({ file: JOURNEY, kind: 'emotion-changed' })]);
    expect(review.changes[0]!.sentence.length).toBeGreaterThan(0);
    expect(review.commit).toEqual([`git add -- ${JOURNEY}`, "git commit -m 'Modifie les parcours'"]);
    const english = await editReview(root, 'en');
    expect(english.changes[0]!.sentence).not.toBe(review.changes[0]!.sentence);
  });

  it('says when the content is not in a Git repository', async () => {
    const alone = await mkdtemp(join(tmpdir(), 'parcours-edit-review-alone-'));
    try {
      expect((await editReview(alone, 'fr')).repository).toBe(false);
    } finally {
      await rm(alone, { recursive: true, force: true });
    }
  });
});
