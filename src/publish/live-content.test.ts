import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushContentCaches } from '../core/check/content-cache.ts';
import { liveContent } from './live-content.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let root: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-live-'));
  root = join(work, 'content');
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml', 'data'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
});
afterEach(async () => {
  // The cache writes its entries in the background: removed once they are written.
  await flushContentCaches();
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
    expect(edited.problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.file, problem.code])).toEqual([
      ['journeys/retour-article.yaml', 'invalid-value'],
    ]);
    await expect(content.check()).rejects.toThrow(/retour-article\.yaml:\d+:\d+ error invalid-value/);
  });

  it('gives after each kind of change the check a fresh read gives: a persona, the config, measured data, a file added and removed', async () => {
    const content = liveContent(root, '2026-06-01', join(work, 'cache'));
    await content.latest();
    const fresh = async () => liveContent(root, '2026-06-01', join(work, 'cache')).latest();
    const edit = async (path: string, change: (text: string) => string) => {
      const file = join(root, path);
      await writeFile(file, change(await readFile(file, 'utf8')));
      return content.changed(file);
    };
    const same = async (edited: Awaited<ReturnType<typeof content.latest>>) => {
      const expected = await fresh();
      expect(edited.problems).toEqual(expected.problems);
      expect(edited.project).toEqual(expected.project);
    };

    // Every journey is checked against the personas: Didier going online changes the inclusion insights.
    let edited = await edit('personas/didier-hors-ligne.yaml', (text) => text.replace('digitalAffinity: none', 'digitalAffinity: high'));
    await same(edited);
    expect(await content.checkedFiles()).toEqual(['personas/didier-hors-ligne.yaml']);
    // A warning turned off in the config leaves every journey.
    edited = await edit('parcours.config.yaml', (text) => `${text}\nrules:\n  emotion-cliff: off\n`);
    await same(edited);
    expect(edited.problems.some((problem) => problem.code === 'emotion-cliff')).toBe(false);
    // Measured figures change; the step's measurements follow, and the journey's model kept from
    // the previous check does not keep the old figures.
    const measuredVolume = (checked: typeof edited) =>
      checked.project.journeys
        .find((journey) => journey.id === 'service-client-telecom')!
        .steps.find((step) => step.id === 'lance-diagnostic')!
        .measurements!.at(-1)!.metrics.volume;
    const measuredBefore = measuredVolume(edited);
    edited = await edit('data/service-client-telecom-2026.csv', (text) =>
      text.replace(/^(service-client-telecom,lance-diagnostic,2026-\d\d,\d+,,,)\d+,,\d+/gm, '$1123,,9'),
    );
    await same(edited);
    expect([measuredBefore, measuredVolume(edited)]).toEqual([520000, 123]);
    // dropOff, which the YAML leaves out, is the latest measured one.
    expect(
      edited.project.journeys
        .find((journey) => journey.id === 'service-client-telecom')!
        .steps.find((step) => step.id === 'lance-diagnostic')!.metrics.dropOff,
    ).toBe(9);
    // A journey copied under a new name is read, then its removal is seen.
    const copy = join(root, 'journeys', 'copie.yaml');
    await writeFile(copy, (await readFile(join(root, 'journeys', 'retour-article.yaml'), 'utf8')).replace(/^id: .*$/m, 'id: copie'));
    edited = await content.changed(copy);
    await same(edited);
    expect(edited.project.journeys.some((journey) => journey.id === 'copie')).toBe(true);
    await rm(copy);
    edited = await content.changed(copy);
    await same(edited);
    expect(edited.project.journeys.some((journey) => journey.id === 'copie')).toBe(false);
    // A media file removed from public/ is missing for the journey showing it, though no journey changed.
    const media = join(root, 'public', 'images', 'capture-suivi-colis.svg');
    await rm(media);
    edited = await content.changed(media);
    await same(edited);
    expect(edited.problems.filter((problem) => problem.code === 'media-file-missing').map((problem) => problem.file)).toEqual([
      'journeys/commande-livraison.yaml',
    ]);
  });
});
