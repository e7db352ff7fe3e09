import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Journey, Step } from '../model/generated/journey.ts';
import { CONTENT_DIR, type TestRepository } from './git-repository.testing.ts';

/** The dates of the living history's commits, one a line of LIVING_HISTORY, spread over three months. */
export const LIVING_DATES = [
  '2026-01-10T09:00:00+01:00',
  '2026-02-03T11:00:00+01:00',
  '2026-02-20T16:30:00+01:00',
  '2026-03-02T10:00:00+01:00',
  '2026-03-09T10:00:00+01:00',
  '2026-03-15T14:00:00+01:00',
];

/** createRepository's `date` for the living history. */
export const livingDate = (index: number): string => LIVING_DATES[index] ?? `2026-04-${String(index).padStart(2, '0')}T10:00:00+02:00`;

const fixture = (name: string) => readFileSync(new URL(`../diff/fixtures/${name}`, import.meta.url), 'utf8');

/**
 * A history the "living maps" tests read (the changes across the portfolio, since when each claim
 * stands): dated commits over January to March 2026, in the content folder CONTENT_DIR. Returns
 * the commit ids in order.
 *
 * 1. (10 Jan) the delivery journey with its personas: a thought, a pain point, an opportunity, a moment of truth.
 * 2. (3 Feb) the pain point is reworded; a thought is added to parcel tracking.
 * 3. (20 Feb) Amélie's emotion at the door drops (a warning).
 * 4. (2 Mar) Nadine's persona gains a goal.
 * 5. (9 Mar) a comment only: nothing changes for the customer.
 * 6. (15 Mar) the parcel-tracking step gets a new id; its thought keeps its date.
 */
export function commitLivingHistory(repository: TestRepository): string[] {
  const at = (path: string) => `${CONTENT_DIR}/${path}`;
  let journey = fixture('livraison.yaml');
  const edit = (change: (data: Journey, step: (id: string) => Step) => void) => {
    const data = parse(journey) as Journey;
    change(data, (id) => data.stages.flatMap((stage) => stage.steps).find((step) => step.id === id)!);
    journey = stringify(data);
    return journey;
  };
  const commit = (message: string, files: Record<string, string>) =>
    repository.commit(message, Object.fromEntries(Object.entries(files).map(([path, text]) => [at(path), text])));
  return [
    commit('Map the delivery journey', {
      'journeys/livraison.yaml': journey,
      'personas/amelie.yaml': fixture('amelie.yaml'),
      'personas/nadine.yaml': fixture('nadine.yaml'),
    }),
    commit('Interviews: 3-D Secure fails in the banking app', {
      'journeys/livraison.yaml': edit((_, step) => {
        step('paie').painPoints = ["Le 3-D Secure échoue dans l'application bancaire"];
        step('suit-colis').thoughts = ['Où en est mon colis ?'];
      }),
    }),
    commit('Amélie is let down at the door', {
      'journeys/livraison.yaml': edit((_, step) => (step('recoit-colis').emotion = { amelie: -2, nadine: 1 })),
    }),
    commit('Nadine wants to choose her slot', {
      'personas/nadine.yaml': fixture('nadine.yaml').replace(
        '  - Être livrée avant le week-end\n',
        '  - Être livrée avant le week-end\n  - Choisir son créneau\n',
      ),
    }),
    commit('Comment the delivery file', { 'journeys/livraison.yaml': `# Relu en atelier.\n${journey}` }),
    commit('Name the tracking step after what the customer does', {
      'journeys/livraison.yaml': edit((_, step) => (step('suit-colis').id = 'suit-livraison')),
    }),
  ];
}
