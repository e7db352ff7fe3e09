import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { SourceFile } from '../load/read-content.ts';
import { checkSources } from '../check/check-sources.ts';
import { diffProjects } from './diff-projects.ts';
import { baseJourney, stepOf } from './journey-cases.testing.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const BASE: SourceFile[] = [
  { path: 'journeys/livraison.yaml', kind: 'journey', text: fixture('livraison.yaml') },
  { path: 'personas/amelie.yaml', kind: 'persona', text: fixture('amelie.yaml') },
  { path: 'personas/nadine.yaml', kind: 'persona', text: fixture('nadine.yaml') },
];
const now = new Date('2026-02-01');
const check = (sources: SourceFile[]) => checkSources(sources, { now });
const replace = (path: string, text: string | null, sources = BASE) =>
  text === null
    ? sources.filter((source) => source.path !== path)
    : [...sources.filter((source) => source.path !== path), { ...sources.find((source) => source.path === path)!, path, text }];
const kinds = (sources: SourceFile[], from = BASE) =>
  diffProjects(check(from), check(sources)).subjects.map((subject) => [
    subject.type,
    subject.id,
    subject.status,
    subject.changes.map((change) => change.kind),
  ]);

describe('diffProjects', () => {
  it('finds nothing between identical versions', () => {
    const diff = diffProjects(check(BASE), check(BASE));
    expect(diff).toEqual({ subjects: [], totals: { subjects: 0, changes: 0, warnings: 0 }, problems: { before: [], after: [] } });
  });

  it('reports persona fields, additions and removals', () => {
    const nadine = fixture('nadine.yaml').replace('digitalAffinity: medium', 'digitalAffinity: low');
    const karim = { path: 'personas/karim.yaml', kind: 'persona' as const, text: 'id: karim\nname: Karim, réticent\n' };
    expect(kinds([...replace('personas/nadine.yaml', nadine), karim])).toEqual([
      ['persona', 'karim', 'added', ['persona-added']],
      ['persona', 'nadine', 'modified', ['persona-changed']],
    ]);
    const diff = diffProjects(check(BASE), check(replace('personas/amelie.yaml', null)));
    expect(diff.subjects.map((subject) => [subject.id, subject.status, subject.warnings])).toEqual([['amelie', 'removed', 1]]);
  });

  it('matches a persona whose id and file changed by its name', () => {
    const text = fixture('amelie.yaml').replace('id: amelie', 'id: amelie-pressee');
    const sources = [...replace('personas/amelie.yaml', null), { path: 'personas/amelie-pressee.yaml', kind: 'persona' as const, text }];
    const [subject] = diffProjects(check(BASE), check(sources)).subjects.filter((candidate) => candidate.type === 'persona');
    expect([subject!.id, subject!.previousId, subject!.changes.map((change) => change.kind)]).toEqual([
      'amelie-pressee',
      'amelie',
      ['persona-id-renamed'],
    ]);
  });

  it('matches a journey whose id and file changed by its title', () => {
    const text = fixture('livraison.yaml').replace('id: livraison', 'id: livraison-domicile');
    const sources = [
      ...replace('journeys/livraison.yaml', null),
      { path: 'journeys/livraison-domicile.yaml', kind: 'journey' as const, text },
    ];
    const [subject] = diffProjects(check(BASE), check(sources)).subjects;
    expect(subject).toMatchObject({
      id: 'livraison-domicile',
      previousId: 'livraison',
      status: 'modified',
      files: { before: 'journeys/livraison.yaml', after: 'journeys/livraison-domicile.yaml' },
    });
    expect(subject!.changes.map((change) => change.kind)).toEqual(['journey-id-renamed']);
  });

  it('reports a journey that no longer validates instead of a removal, and puts its error on the change', () => {
    const broken = fixture('livraison.yaml').replace('    name: Livraison', '    name: [Livraison');
    const diff = diffProjects(check(BASE), check(replace('journeys/livraison.yaml', broken)));
    expect(
      diff.subjects.map((subject) => [subject.id, subject.status, subject.warnings, subject.changes.map((change) => change.kind)]),
    ).toEqual([['livraison', 'invalid', 1, ['journey-invalid']]]);
    expect(diff.subjects[0]!.changes[0]!.location.after).toMatchObject({ file: 'journeys/livraison.yaml', line: expect.any(Number) });
    expect(diff.problems.after.map((problem) => problem.code)).toContain('yaml-syntax');
    // Fixed again: good news, reported as info.
    const fixed = diffProjects(check(replace('journeys/livraison.yaml', broken)), check(BASE));
    expect(fixed.subjects.map((subject) => [subject.status, subject.changes[0]!.level])).toEqual([['invalid', 'info']]);
  });

  it('places changes at their lines and lines up the emotion curves', () => {
    const journey = baseJourney();
    stepOf(journey, 'recoit-colis').emotion = { amelie: -2, nadine: 1 };
    const diff = diffProjects(check(BASE), check(replace('journeys/livraison.yaml', stringify(journey))));
    const [change] = diff.subjects[0]!.changes;
    expect(change).toMatchObject({
      kind: 'emotion-changed',
      level: 'warn',
      before: 2,
      after: -2,
      delta: -4,
      location: { before: { line: 53, column: 28 }, after: { line: expect.any(Number) } },
    });
    expect(diff.totals).toEqual({ subjects: 1, changes: 1, warnings: 1 });
    const emotion = diff.subjects[0]!.emotion!;
    expect(emotion.personas).toEqual(['amelie', 'nadine']);
    expect(emotion.scale).toEqual({ min: -3, max: 3 });
    expect(emotion.steps.find((step) => step.id === 'recoit-colis')).toEqual({
      id: 'recoit-colis',
      name: 'Reçoit le colis',
      before: { amelie: 2, nadine: 1 },
      after: { amelie: -2, nadine: 1 },
    });
  });

  it('is JSON-serialisable', () => {
    const journey = baseJourney();
    journey.stages.pop();
    const diff = diffProjects(check(BASE), check(replace('journeys/livraison.yaml', stringify(journey))));
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});
