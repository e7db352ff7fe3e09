import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHistory } from './check-history.ts';
import { checkRemovals } from './check-removals.ts';
import { CONTENT_DIR, createRepository, type TestRepository } from './git-repository.testing.ts';
import { portfolioChanges } from './portfolio-changes.ts';
import { readHistory } from './read-history.ts';

const fixture = (name: string) => readFileSync(new URL(`../diff/fixtures/${name}`, import.meta.url), 'utf8');
const small = (id: string, title: string) =>
  `id: ${id}\ntitle: ${title}\npersonas: [amelie]\nstages:\n  - id: demande\n    name: Demande\n    steps:\n      - id: remplit\n        name: Remplit le formulaire\n        touchpoints: [web]\n        emotion: 0\n`;

let repository: TestRepository;
let commits: string[];
beforeAll(() => {
  repository = createRepository();
  const at = (path: string) => `${CONTENT_DIR}/${path}`;
  commits = [
    repository.commit('Three journeys', {
      [at('journeys/retour.yaml')]: small('retour', 'Retourner un article'),
      [at('journeys/ancienne.yaml')]: small('ancienne', 'Ancien parcours'),
      [at('journeys/garde.yaml')]: small('garde', 'Parcours gardé'),
      [at('personas/amelie.yaml')]: fixture('amelie.yaml'),
    }),
    repository.commit('Retire the old journey', { [at('journeys/ancienne.yaml')]: null }),
  ];
  repository.git('mv', at('journeys/retour.yaml'), 'archive-retour.yaml');
  commits.push(repository.commit('Archive the returns journey outside the maps', {}));
  repository.git('mv', at('journeys/garde.yaml'), at('journeys/garde-bis.yaml'));
  commits.push(
    repository.commit('Rename a journey file: not a removal', { [at('journeys/garde-bis.yaml')]: small('garde-bis', 'Parcours gardé') }),
  );
});
afterAll(() => repository.remove());

describe('removed journeys and personas', () => {
  it('are read with their last text in the same pass, and become journey-removed warnings named by their last title', async () => {
    const history = await readHistory(join(repository.dir, CONTENT_DIR));
    expect(history.removals!.map((removal) => [removal.commit, removal.path, removal.kind])).toEqual([
      [commits[2], 'journeys/retour.yaml', 'journey'],
      [commits[1], 'journeys/ancienne.yaml', 'journey'],
    ]);
    const removals = checkRemovals(history);
    expect(
      removals.map((removal) => [
        removal.id,
        removal.journey?.title,
        removal.changes.map((change) => [change.kind, change.level, change.journey]),
      ]),
    ).toEqual([
      ['retour', 'Retourner un article', [['journey-removed', 'warn', 'retour']]],
      ['ancienne', 'Ancien parcours', [['journey-removed', 'warn', 'ancienne']]],
    ]);
    const changes = portfolioChanges(checkHistory(history), removals);
    expect(changes.map((commit) => [commit.message, commit.files.map((file) => [file.id, file.removed ?? false])])).toEqual([
      ['Rename a journey file: not a removal', [['garde-bis', false]]],
      ['Archive the returns journey outside the maps', [['retour', true]]],
      ['Retire the old journey', [['ancienne', true]]],
      [
        'Three journeys',
        [
          ['garde-bis', false],
          ['amelie', false],
        ],
      ],
    ]);
    expect(changes[1]!.files[0]!.personas).toEqual(['amelie']);
  });

  it('keep only the newest ones the revisions setting allows', async () => {
    const history = await readHistory(join(repository.dir, CONTENT_DIR), { revisions: 1 });
    expect(history.removals!.map((removal) => removal.path)).toEqual(['journeys/retour.yaml']);
  });
});
