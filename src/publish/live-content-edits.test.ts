import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkProject } from '../core/check/check-project.ts';
import { flushContentCaches } from '../core/check/content-cache.ts';
import type { Change } from '../core/edit/change.ts';
import { EditError } from '../core/edit/change.ts';
import { editedData, editText } from '../core/edit/edit-text.ts';
import type { SourceKind } from '../core/load/read-content.ts';
import { addedErrors } from './edit-problems.ts';
import { liveContent } from './live-content.ts';
import { dayStart } from './site-content.ts';

// The edit API checks a change with the live content's checkText, which keeps the rest of the
// content checked in memory (per-file checks by content, journeys by what they were checked
// against) and works out the site's series only when read. Whatever it keeps, it must find the
// problems `validate` finds on the content with the change written: this makes many changes of
// every kind the page sends, some adding errors, and compares both after each.

const repo = fileURLToPath(new URL('../../', import.meta.url));
const TODAY = '2026-06-01';
let work: string;
let root: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-live-edits-'));
  root = join(work, 'content');
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml', 'data'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
});
afterEach(async () => {
  await flushContentCaches();
  await rm(work, { recursive: true, force: true });
});

/** A seeded sequence (mulberry32), so that a failure comes back on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Step = { id: string; emotion?: Record<string, unknown>; touchpoints?: { channel?: string }[] };
type Stage = { id: string; steps: Step[] };
type JourneyData = { id: string; personas: string[]; stages: Stage[] };
type PersonaData = { id: string };

const JOURNEYS = [
  'achat-logiciel-b2b',
  'commande-livraison',
  'mutuelle-adhesion-remboursement',
  'retour-article',
  'service-client-telecom-cible',
  'service-client-telecom',
];
const PERSONAS = [
  'amelie-pressee',
  'didier-hors-ligne',
  'ines-prescriptrice',
  'karim-reticent',
  'marc-decideur',
  'nadine-connectee',
  'thomas-teletravailleur',
];

/** One change of the kinds the page sends, on the data of the file as it is now. */
function someChange(next: () => number, kind: SourceKind, data: unknown): Change {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  if (kind === 'persona') {
    const persona = data as PersonaData;
    return pick<Change>([
      { op: 'set', path: ['name'], value: `Nom ${Math.floor(next() * 100)}` },
      { op: 'set', path: ['digitalAffinity'], value: pick(['high', 'low', 'très haute']) },
      // Another persona's id: a duplicate id, and the journeys naming it lose their persona.
      { op: 'set', path: ['id'], value: pick([...PERSONAS, `${persona.id}-bis`]) },
      { op: 'set', path: ['preferredChannels'], value: [pick(['web', 'email', 'pigeon'])] },
      { op: 'set', path: ['goals'], value: [] },
    ]);
  }
  const journey = data as JourneyData;
  const stage = pick(journey.stages);
  const step = pick(stage.steps);
  const stepPath = ['stages', { id: stage.id }, 'steps', { id: step.id }];
  const persona = pick(journey.personas);
  const steps = journey.stages.flatMap((each) => each.steps);
  return pick<Change>([
    { op: 'set', path: [...stepPath, 'emotion', persona], value: Math.floor(next() * 9) - 4 },
    { op: 'set', path: [...stepPath, 'emotion', persona], value: null },
    { op: 'set', path: [...stepPath, 'name'], value: pick(['Renommée', 'Nom : avec # dedans', '']) },
    { op: 'set', path: [...stepPath, 'id'], value: pick([pick(steps).id, `${step.id}-2`]) },
    { op: 'set', path: ['id'], value: pick([...JOURNEYS, `${journey.id}-v2`]) },
    { op: 'set', path: ['personas'], value: next() < 0.5 ? journey.personas.slice(1) : [...journey.personas, pick(PERSONAS)] },
    { op: 'set', path: ['lastReviewed'], value: pick(['2020-01-01', '2026-05-30']) },
    { op: 'set', path: ['state'], value: pick(['current', 'target', 'futur']) },
    { op: 'delete', path: stepPath },
    {
      op: 'insert',
      path: ['stages', { id: stage.id }, 'steps'],
      index: Math.floor(next() * (stage.steps.length + 1)),
      value: { id: pick([`nouvelle-${Math.floor(next() * 1000)}`, step.id]), name: 'Nouvelle étape', touchpoints: step.touchpoints ?? [] },
    },
    { op: 'move', path: stepPath, to: ['stages', { id: pick(journey.stages).id }, 'steps'], index: 0 },
    ...(step.touchpoints?.length
      ? [{ op: 'set', path: [...stepPath, 'touchpoints', 0, 'channel'], value: pick(['web', 'email', 'pigeon']) } as Change]
      : []),
  ]);
}

it('finds for every change the problems validate finds on the content with the change written', async () => {
  const next = random(19);
  const content = liveContent(root, TODAY, join(work, 'cache'));
  await content.latest();
  let compared = 0;
  let refused = 0;
  for (let round = 0; round < 60; round++) {
    const kind: SourceKind = next() < 0.75 ? 'journey' : 'persona';
    const path =
      kind === 'journey' ? `journeys/${JOURNEYS[round % JOURNEYS.length]}.yaml` : `personas/${PERSONAS[round % PERSONAS.length]}.yaml`;
    const file = join(root, path);
    const before = await readFile(file, 'utf8');
    let text: string;
    try {
      text = editText({ path, kind, text: before }, [someChange(next, kind, editedData(before))]);
    } catch (error) {
      if (error instanceof EditError) continue;
      throw error;
    }
    const checked = await content.checkText(path, text);
    await writeFile(file, text);
    const validated = await checkProject(root, { keep: 'problems', now: dayStart(TODAY) });
    expect({ path, round, problems: checked.problems }).toEqual({ path, round, problems: validated.problems });
    compared++;
    const added = addedErrors((await content.latest()).problems, checked.problems);
    if (added.length === 0) await content.written(file, text);
    else if (round % 3 === 0) {
      // Kept as an outside write would keep it: later changes are checked on content with errors.
      await content.changed(file);
    } else {
      // Refused, as the edit API refuses it: the disk goes back to what the live content holds.
      refused++;
      await writeFile(file, before);
    }
  }
  expect(compared).toBeGreaterThan(40);
  expect(refused).toBeGreaterThan(5);
  // And the content it ends with is the content on disk, series included.
  const fresh = await liveContent(root, TODAY, join(work, 'fresh-cache')).latest();
  const latest = await content.latest();
  expect(latest.problems).toEqual(fresh.problems);
  expect(latest.project.series).toEqual(fresh.project.series);
}, 120_000);
