import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepository, type TestRepository } from '../../core/history/git-repository.testing.ts';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

const fixture = (name: string) => readFileSync(new URL(`../../core/diff/fixtures/${name}`, import.meta.url), 'utf8');
const HEADER = 'journey,step,period,csat,ces,volume\n';
let repository: TestRepository;
let commits: string[];

beforeAll(() => {
  repository = createRepository();
  const content = {
    'journeys/livraison.yaml': fixture('livraison.yaml'),
    'personas/amelie.yaml': fixture('amelie.yaml'),
    'personas/nadine.yaml': fixture('nadine.yaml'),
  };
  commits = [
    repository.commit('Maps and May figures', { ...content, 'data/mesures.csv': `${HEADER}livraison,paie,2026-05,82,3,1000\n` }),
    // June: satisfaction falls, effort rises (worse); the volume grows (neither).
    repository.commit('June figures', {
      'data/mesures.csv': `${HEADER}livraison,paie,2026-05,82,3,1000\nlivraison,paie,2026-06,74,4,1400\n`,
    }),
    // July: satisfaction recovers.
    repository.commit('July figures', {
      'data/mesures.csv': `${HEADER}livraison,paie,2026-05,82,3,1000\nlivraison,paie,2026-06,74,4,1400\nlivraison,paie,2026-07,79,4,1400\n`,
    }),
  ];
});
afterAll(() => repository.remove());

async function diff(base: string, head: string, format: string): Promise<string> {
  const io = memoryIo(repository.dir);
  expect(await main(['diff', base, head, '--format', format], io)).toBe(0);
  return io.out();
}

describe('parcours diff on measured data (data/*.csv)', () => {
  it('reports a figure that moved between revisions as metric-changed, warn when worse for the customer', async () => {
    const june = JSON.parse(await diff(commits[0]!, commits[1]!, 'json')) as {
      subjects: { changes: { kind: string; level: string; step?: string; field?: string; before?: number; after?: number }[] }[];
    };
    const changes = june.subjects
      .flatMap((subject) => subject.changes)
      .map(({ kind, level, step, field, before, after }) => ({ kind, level, step, field, before, after }));
    expect(changes).toEqual([
      { kind: 'metric-changed', level: 'warn', step: 'paie', field: 'ces', before: 3, after: 4 },
      { kind: 'metric-changed', level: 'warn', step: 'paie', field: 'csat', before: 82, after: 74 },
      { kind: 'metric-changed', level: 'info', step: 'paie', field: 'volume', before: 1000, after: 1400 },
    ]);
    const july = JSON.parse(await diff(commits[1]!, commits[2]!, 'json')) as typeof june;
    expect(july.subjects.flatMap((subject) => subject.changes).map((change) => [change.field, change.level])).toEqual([['csat', 'info']]);
  });

  it('shows the figures in the pull-request comment beside the emotion chart, warnings marked', async () => {
    const markdown = await diff(commits[0]!, commits[1]!, 'markdown');
    // The content has no config: its language is French, and so is the comment, with the steps' names.
    expect(markdown).toContain('| Étape | Mesure | Avant | Après | |');
    expect(markdown).toMatch(/\| Paie sa commande \| csat \| 82 \| 74 \| ⚠️/);
    expect(markdown).toMatch(/\| Paie sa commande \| volume \| 1000 \| 1400 \| {2}\|/);
    expect(markdown).toMatch(/Le CSAT de l’étape «\sPaie sa commande\s» passe de 82\s% à 74\s%/);
  });
});
