import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { writeSyntheticContent } from '../../bench/synthetic-content.ts';
import { commitScriptedHistory, CONTENT_DIR, createRepository } from '../../src/core/history/git-repository.testing.ts';
import { hashDir } from './hash-dir.ts';
import { runParcours } from './run-parcours.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-e2e-output-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const parcoursBuild = (args: string[]) => runParcours(['build', ...args], { PARCOURS_TODAY: inject('today') });

describe('parcours build output', () => {
  it('is byte-identical when the same content is built twice, cold then from the cache (by the global setup)', async () => {
    const first = await hashDir(inject('examples').dir);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(await hashDir(inject('examplesAgain'))).toEqual(first);
  });

  it('fails on invalid content with file:line:col, no stack trace, and the previous output untouched', async () => {
    const previous = join(work, 'previous');
    await cp(inject('examples').dir, previous, { recursive: true });
    const before = await hashDir(previous);
    const run = parcoursBuild(['--root', 'tests/bad-input/invalid-values', '--out', previous]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^tests\/bad-input\/invalid-values\/journeys\/achat\.yaml:\d+:\d+ erreur [a-z-]+$/m);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(await hashDir(previous)).toEqual(before);
    expect(await readdir(work)).toEqual(['previous']);
  });

  it('rebuilt from the cache after a journey changed, is the site a cold build of the change makes', async () => {
    // retour-article is a sub-journey of commande-livraison, whose page and flow diagram show its title.
    const root = join(work, 'edited');
    for (const entry of ['journeys', 'personas', 'parcours.config.yaml', 'public'])
      await cp(join(repo, entry), join(root, entry), { recursive: true });
    const build = (out: string, cache: string) => {
      const run = runParcours(['build', '--root', root, '--out', join(work, out)], {
        PARCOURS_TODAY: inject('today'),
        PARCOURS_CACHE_DIR: join(work, cache),
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      return hashDir(join(work, out));
    };
    const before = await build('before', 'cache');
    const file = join(root, 'journeys', 'retour-article.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Renvoyer un colis'));
    const warm = await build('warm', 'cache');
    const cold = await build('cold', 'fresh-cache');
    expect(warm).toEqual(cold);
    expect(Object.keys(warm).filter((path) => warm[path] !== before[path])).toEqual(
      expect.arrayContaining([
        'journeys/commande-livraison/index.html',
        'journeys/commande-livraison/flow.svg',
        'journeys/retour-article/index.html',
      ]),
    );
  }, 300_000); // Three builds.

  it('rebuilt from the cache after a journey of long lists changed, is the site a cold build makes', async () => {
    // 20 journeys of 40 steps, in id order (journey-9 last): the backlog's numbered pages hold 100
    // rows (journey-9's on page 8 only), a channel's 150 touchpoints (journey-9's on the last page),
    // and the insights take pages too. No PDFs: drawing them is not what this checks.
    const root = join(work, 'lists');
    await writeSyntheticContent(root, { journeys: 20, stepsPerJourney: 40, personas: 3 });
    const build = (out: string, cache: string) => {
      const run = runParcours(['build', '--root', root, '--out', join(work, out)], {
        PARCOURS_TODAY: inject('today'),
        PARCOURS_CACHE_DIR: join(work, cache),
        PARCOURS_PDF: '0',
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      return hashDir(join(work, out));
    };
    const before = await build('lists-before', 'lists-cache');
    const file = join(root, 'journeys', 'journey-9.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8'))
        .replace(/^title: .*$/m, 'title: Parcours renommé')
        .replace(/title: [^,]*, impact: high/, 'title: Une opportunité reformulée, impact: high'),
    );
    const warm = await build('lists-warm', 'lists-cache');
    const cold = await build('lists-cold', 'lists-fresh-cache');
    expect(warm).toEqual(cold);
    const changed = Object.keys(warm).filter((path) => warm[path] !== before[path]);
    expect(changed).toEqual(expect.arrayContaining(['opportunities/page/8/index.html', 'opportunities/status/idea/page/8/index.html']));
    expect(changed).not.toContain('opportunities/page/3/index.html');
    expect(changed.filter((path) => /^channels\/[^/]+\/page\/2\//.test(path)).length).toBeGreaterThan(0);
    expect(Object.keys(warm).filter((path) => path.startsWith('insights/page/')).length).toBeGreaterThan(0);
  }, 300_000); // Three builds.

  it('rebuilt from the cache after a commit renamed a journey, is the site a cold build makes', async () => {
    // The rename shows on the revision pages of the journey that refers to it, and on no other.
    const repository = createRepository();
    try {
      commitScriptedHistory(repository);
      const livraison = join(repository.dir, CONTENT_DIR, 'journeys', 'livraison.yaml');
      const journey = parse(await readFile(livraison, 'utf8')) as { stages: { steps: { subJourney?: string }[] }[] };
      journey.stages[0]!.steps[0]!.subJourney = 'retour-article';
      const referring = repository.commit('Returns start from the first step', {
        [`${CONTENT_DIR}/journeys/livraison.yaml`]: stringify(journey),
      });
      const root = join(repository.dir, CONTENT_DIR);
      const build = (out: string, cache: string) => {
        const run = runParcours(['build', '--root', root, '--out', join(work, out)], {
          PARCOURS_TODAY: inject('today'),
          PARCOURS_CACHE_DIR: join(work, cache),
        });
        expect(run.status, run.stdout + run.stderr).toBe(0);
        return hashDir(join(work, out));
      };
      await build('history-before', 'history-cache');
      const retour = join(root, 'journeys', 'retour-article.yaml');
      repository.commit('Rename the returns journey', {
        [`${CONTENT_DIR}/journeys/retour-article.yaml`]: (await readFile(retour, 'utf8')).replace(
          /^title: .*$/m,
          'title: Renvoyer un colis',
        ),
      });
      const warm = await build('history-warm', 'history-cache');
      const cold = await build('history-cold', 'history-fresh-cache');
      expect(warm).toEqual(cold);
      const revision = await readFile(
        join(work, 'history-warm', 'journeys', 'livraison', 'history', referring.slice(0, 12), 'index.html'),
        'utf8',
      );
      expect(revision).toContain('Renvoyer un colis');
    } finally {
      repository.remove();
    }
  }, 300_000); // Three builds.
});
