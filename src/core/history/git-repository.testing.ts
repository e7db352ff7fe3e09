import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Journey, Step } from '../model/generated/journey.ts';

/** A throw-away Git repository with fixed authors and dates, so commits and outputs are the same on every run. */
export interface TestRepository {
  dir: string;
  git(...args: string[]): string;
  /** Writes (or, for null, deletes) files and commits them; returns the commit id. */
  commit(message: string, files: Record<string, string | null>): string;
  remove(): void;
}

export interface RepositoryOptions {
  /** The author and committer date of the commit with this index (0 for the first); the 1st, 2nd... of March 2026 by default. */
  date?: (index: number) => string;
}

export function createRepository(options: RepositoryOptions = {}): TestRepository {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-history-'));
  let count = 0;
  const dateOf = options.date ?? ((index: number) => `2026-03-${String(index + 1).padStart(2, '0')}T10:00:00+01:00`);
  const git = (...args: string[]) => {
    const date = dateOf(count);
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Claire Martin',
        GIT_AUTHOR_EMAIL: 'claire@example.com',
        GIT_COMMITTER_NAME: 'Claire Martin',
        GIT_COMMITTER_EMAIL: 'claire@example.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  };
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    commit(message, files) {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) git('rm', '-q', path);
        else {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), text);
          git('add', path);
        }
      }
      git('commit', '-q', '-m', message);
      count++;
      return git('rev-parse', 'HEAD').trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const fixture = (name: string) => readFileSync(new URL(`../diff/fixtures/${name}`, import.meta.url), 'utf8');

function editJourney(text: string, edit: (journey: Journey, step: (id: string) => Step) => void): string {
  const journey = parse(text) as Journey;
  edit(journey, (id) => journey.stages.flatMap((stage) => stage.steps).find((step) => step.id === id)!);
  return stringify(journey);
}

const smallJourney = (id: string, title: string) =>
  `id: ${id}\ntitle: ${title}\npersonas: [amelie]\nstages:\n  - id: demande\n    name: Demande\n    steps:\n      - id: remplit-formulaire\n        name: Remplit le formulaire\n        touchpoints: [web]\n        emotion: 0\n`;

/** The content root inside the scripted repository: a sub-folder, as in a monorepo. */
export const CONTENT_DIR = 'cartes';

/**
 * The scripted history the history and diff tests check, one kind of change per commit.
 * Returns the commit ids in order (index 0 is the first commit).
 */
export function commitScriptedHistory(repository: TestRepository): string[] {
  const at = (path: string) => `${CONTENT_DIR}/${path}`;
  // Each edit starts from the last valid version, so the broken commit does not carry over.
  let valid = fixture('livraison.yaml');
  const journey = (edit: (journey: Journey, step: (id: string) => Step) => void) => (valid = editJourney(valid, edit));
  const commits: string[] = [];
  const commit = (message: string, files: Record<string, string | null>) => {
    commits.push(repository.commit(message, Object.fromEntries(Object.entries(files).map(([path, content]) => [at(path), content]))));
  };
  commit('Add the delivery, returns and old journeys with their personas', {
    'journeys/livraison.yaml': valid,
    'journeys/retour.yaml': smallJourney('retour', 'Retourner un article'),
    'journeys/ancienne.yaml': smallJourney('ancienne', 'Ancien parcours'),
    'personas/amelie.yaml': fixture('amelie.yaml'),
    'personas/nadine.yaml': fixture('nadine.yaml'),
  });
  commit('Rename the payment step', { 'journeys/livraison.yaml': journey((_, step) => (step('paie').name = 'Règle sa commande')) });
  commit('Parcel tracking belongs to the purchase', {
    'journeys/livraison.yaml': journey((data) => data.stages[0]!.steps.push(data.stages[1]!.steps.shift()!)),
  });
  commit('Amélie is let down at the door', {
    'journeys/livraison.yaml': journey((_, step) => (step('recoit-colis').emotion = { amelie: -1, nadine: 1 })),
  });
  commit('Drop the phone line from payment', { 'journeys/livraison.yaml': journey((_, step) => step('paie').touchpoints!.pop()) });
  commit('One-click payment shipped', {
    'journeys/livraison.yaml': journey((_, step) => ((step('paie').opportunities![0] as { status: string }).status = 'done')),
  });
  repository.git('mv', at('journeys/retour.yaml'), at('journeys/retour-article.yaml'));
  commit('Name the returns journey after its file', {
    'journeys/retour-article.yaml': smallJourney('retour-article', 'Retourner un article'),
  });
  commit('Retire the old journey', { 'journeys/ancienne.yaml': null });
  commit('Work in progress on delivery', { 'journeys/livraison.yaml': valid.replace('name: Livraison', 'name: [Livraison') });
  commit('Finish the delivery edit: new conversion figure', {
    'journeys/livraison.yaml': journey((_, step) => (step('paie').metrics!.conversion = 3.1)),
  });
  return commits;
}
