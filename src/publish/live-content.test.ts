import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveContent } from './live-content.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let root: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-live-'));
  root = join(work, 'content');
  for (const entry of ['journeys', 'personas', 'parcours.config.yaml']) await cp(join(repo, entry), join(root, entry), { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the content of parcours dev', () => {
  it('checks again only the journey that was edited, and serves the edit', async () => {
    const content = liveContent(root, '2026-06-01', join(work, 'cache'));
    const first = await content.latest();
    expect((await content.checkedFiles()).length).toBe(first.files.size);

    const file = join(root, 'journeys', 'retour-article.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Renvoyer un colis'));
    const edited = await content.changed(file);
    expect(await content.checkedFiles()).toEqual(['journeys/retour-article.yaml']);
    expect(edited.project.journeys.find((journey) => journey.id === 'retour-article')?.title).toBe('Renvoyer un colis');
    expect((await content.check()).project).toBe(edited.project);

    await content.changed(file);
    expect(await content.checkedFiles()).toEqual([]);
  });

  it('finds after each edit the problems a fresh check finds, no more', async () => {
    const content = liveContent(root, '2026-06-01', join(work, 'cache'));
    const file = join(root, 'journeys', 'retour-article.yaml');
    const text = await readFile(file, 'utf8');
    for (const title of ['Renvoyer un colis', 'Retourner un article']) {
      await writeFile(file, text.replace(/^title: .*$/m, `title: ${title}`));
      await content.changed(file);
    }
    const fresh = await liveContent(root, '2026-06-01', join(work, 'fresh-cache')).latest();
    expect((await content.latest()).problems).toEqual(fresh.problems);
    expect(fresh.problems.length).toBeGreaterThan(0);
  });

  it('reports the problems of the edited file, and keeps serving the others', async () => {
    const content = liveContent(root, '2026-06-01', join(work, 'cache'));
    await content.latest();
    const file = join(root, 'journeys', 'retour-article.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^state: current$/m, 'state: curent'));
    const edited = await content.changed(file);
    expect(edited.problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.file, problem.code])).toEqual([['journeys/retour-article.yaml', 'invalid-value']]);
    await expect(content.check()).rejects.toThrow(/retour-article\.yaml:\d+:\d+ error invalid-value/);
  });
});
