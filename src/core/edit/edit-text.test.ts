import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../format/format-source.ts';
import type { SourceKind } from '../load/read-content.ts';
import { type Change, EditError } from './change.ts';
import { editText } from './edit-text.ts';
import { numstat } from './numstat.testing.ts';
import { valueAt } from './plain-change.ts';

const root = join(import.meta.dirname, '../../..');
const examples = (dir: string, kind: SourceKind) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ path: `${dir}/${name}`, kind, text: readFileSync(join(root, dir, name), 'utf8') }));
const journeys = examples('journeys', 'journey');
const personas = examples('personas', 'persona');
const fourSpaces = {
  path: 'journeys/four-spaces.yaml',
  kind: 'journey' as const,
  text: readFileSync(join(import.meta.dirname, 'fixtures/four-spaces.yaml'), 'utf8'),
};
const isFormatted = (target: { path: string; kind: SourceKind; text: string }) => formatSource(target).text === target.text;

function editError(run: () => unknown): EditError {
  try {
    run();
  } catch (error) {
    if (error instanceof EditError) return error;
    throw error;
  }
  throw new Error('no EditError');
}

describe('editText', () => {
  it('gives back the same bytes when nothing changes', () => {
    for (const file of [...journeys, ...personas, fourSpaces]) expect(editText(file, [])).toBe(file.text);
  });

  it('changes one line when one emotion of each example journey is set, and the file stays formatted', () => {
    for (const journey of journeys) {
      const data = parse(journey.text);
      const stage = data.stages[0];
      const step = stage.steps.find((item: { emotion?: object }) => item.emotion && Object.keys(item.emotion).length > 0);
      const persona = Object.keys(step.emotion)[0]!;
      const old = step.emotion[persona];
      const value = old === 2 ? 1 : 2;
      const path = ['stages', { id: stage.id }, 'steps', { id: step.id }, 'emotion', persona];
      const after = editText(journey, [{ op: 'set', path, expect: old, value }]);
      expect(numstat(journey.text, after), journey.path).toEqual([1, 1]);
      expect(valueAt(parse(after), path)).toBe(value);
      expect(isFormatted({ ...journey, text: after }), journey.path).toBe(isFormatted(journey));
    }
  });

  it('changes one line for a value inside a flow map of a four-space file', () => {
    const path = ['stages', { id: 'decouverte' }, 'steps', { id: 'recherche' }, 'emotion', 'nadine-connectee'];
    const after = editText(fourSpaces, [{ op: 'set', path, value: -2 }]);
    expect(numstat(fourSpaces.text, after)).toEqual([1, 1]);
    expect(after).toContain('emotion: {amelie-pressee: -1, nadine-connectee: -2}');
  });

  it('reads back a renamed text unchanged, quoting only when needed and keeping the quoting style', () => {
    const names = [
      'Cherche: le prix',
      'Prix #1 du marché',
      '"Entre guillemets"',
      "'Apostrophe'",
      'Simple',
      '123',
      'true',
      'null',
      '- tiret',
      ' espace',
      'a\\b',
    ];
    for (const file of [journeys[0]!, fourSpaces]) {
      const path = ['stages', 0, 'steps', 1, 'name'];
      for (const name of names) {
        const after = editText(file, [{ op: 'set', path, value: name }]);
        expect(valueAt(parse(after), path), name).toBe(name);
        expect(numstat(file.text, after)).toEqual([1, 1]);
      }
      expect(editText(file, [{ op: 'set', path, value: 'Simple' }])).toMatch(/ name: Simple\n/);
    }
    const single = editText(fourSpaces, [{ op: 'set', path: ['title'], value: "Acheter vite: l'essentiel" }]);
    expect(single).toContain("title: 'Acheter vite: l''essentiel'   # the title the team chose\n");
    const double = editText(fourSpaces, [{ op: 'set', path: ['stages', 0, 'steps', 0, 'thoughts', 0], value: 'Où est-il ?' }]);
    expect(double).toContain('- "Où est-il ?"\n');
  });

  it('inserts, moves and deletes a step by touching only that step’s lines', () => {
    for (const file of [journeys[0]!, fourSpaces]) {
      const data = parse(file.text);
      const steps = data.stages[0].steps;
      const step = { id: 'nouvelle', name: 'Nouvelle étape', emotion: Object.fromEntries(data.personas.map((id: string) => [id, 0])) };
      const inserted = editText(file, [{ op: 'insert', path: ['stages', 0, 'steps'], index: 1, value: step }]);
      const [added, removed] = numstat(file.text, inserted);
      expect(removed, file.path).toBe(0);
      expect(added, file.path).toBeGreaterThanOrEqual(3);
      expect(added, file.path).toBeLessThanOrEqual(4);
      expect(parse(inserted).stages[0].steps[1]).toEqual(step);

      const deleted = editText(file, [{ op: 'delete', path: ['stages', 0, 'steps', { id: steps[0].id }] }]);
      const [addedByDelete, removedByDelete] = numstat(file.text, deleted);
      expect(addedByDelete).toBe(0);
      expect(parse(deleted).stages[0].steps.map((item: { id: string }) => item.id)).toEqual(
        steps.slice(1).map((item: { id: string }) => item.id),
      );

      const moved = editText(file, [
        { op: 'move', path: ['stages', 0, 'steps', { id: steps[0].id }], to: ['stages', 0, 'steps'], index: 1 },
      ]);
      const [addedByMove, removedByMove] = numstat(file.text, moved);
      expect(addedByMove).toBe(removedByMove);
      expect(addedByMove).toBeLessThanOrEqual(removedByDelete + 1);
      expect(
        parse(moved)
          .stages[0].steps.slice(0, 2)
          .map((item: { id: string }) => item.id),
      ).toEqual([steps[1].id, steps[0].id]);

      const across = editText(file, [
        { op: 'move', path: ['stages', 0, 'steps', { id: steps[0].id }], to: ['stages', 1, 'steps'], index: 0 },
      ]);
      expect(numstat(file.text, across)[0]).toBe(numstat(file.text, across)[1]);
      expect(parse(across).stages[1].steps[0]).toEqual(steps[0]);
      for (const text of [inserted, deleted, moved, across]) expect(isFormatted({ ...file, text })).toBe(isFormatted(file));
    }
  });

  it('writes a new step like its neighbours: their indentation, flow maps and key order', () => {
    const step = { emotion: { 'amelie-pressee': 0, 'nadine-connectee': 1 }, name: 'Relance', id: 'relance' };
    const after = editText(fourSpaces, [{ op: 'insert', path: ['stages', { id: 'achat' }, 'steps'], index: 1, value: step }]);
    expect(
      after.endsWith(
        `              emotion: {amelie-pressee: 2, nadine-connectee: 1}\n            - id: relance\n              name: Relance\n              emotion: {amelie-pressee: 0, nadine-connectee: 1}\n`,
      ),
    ).toBe(true);
  });

  it('writes new lists and stages of a four-space file with four spaces', () => {
    const withPain = editText(fourSpaces, [{ op: 'set', path: ['stages', 0, 'steps', 1, 'painPoints'], expect: null, value: ['Long'] }]);
    expect(withPain).toContain('              x-note: unknown key kept\n              painPoints:\n                  - Long\n');
    const stage = { id: 'z', name: 'Z', steps: [{ id: 'zz', name: 'ZZ', emotion: { 'amelie-pressee': 0, 'nadine-connectee': 0 } }] };
    const withStage = editText(fourSpaces, [{ op: 'insert', path: ['stages'], index: 2, value: stage }]);
    expect(withStage).toBe(
      `${fourSpaces.text}\n    -   id: z\n        name: Z\n        steps:\n            - id: zz\n              name: ZZ\n              emotion: {amelie-pressee: 0, nadine-connectee: 0}\n`,
    );
  });

  it('keeps comments, blank lines and unknown keys around an edit', () => {
    const after = editText(fourSpaces, [
      { op: 'set', path: ['stages', 0, 'steps', { id: 'compare' }, 'name'], value: 'Compare trois offres' },
      { op: 'set', path: ['stages', 0, 'steps', { id: 'compare' }, 'description'], value: 'Nouvelle' },
    ]);
    expect(after.replace('Compare trois offres', 'Compare deux offres').replace('              description: Nouvelle\n', '')).toBe(
      fourSpaces.text,
    );
  });

  it('sets a whole list or map through the few items or keys that differ', () => {
    const persona = personas[0]!;
    const data = parse(persona.text);
    const channels = [...data.preferredChannels, 'email'];
    const after = editText(persona, [{ op: 'set', path: ['preferredChannels'], value: channels }]);
    expect(numstat(persona.text, after)).toEqual([1, 1]);
    expect(parse(after).preferredChannels).toEqual(channels);
    const goals = [data.goals[0], 'Un nouvel objectif', ...data.goals.slice(1)];
    const withGoal = editText(persona, [{ op: 'set', path: ['goals'], value: goals }]);
    expect(numstat(persona.text, withGoal)).toEqual([1, 0]);
    expect(parse(withGoal).goals).toEqual(goals);
  });

  it('edits a persona: a list in flow style, a list in block style, a block scalar, a key removed', () => {
    const persona = personas.find((file) => file.path === 'personas/amelie-pressee.yaml')!;
    const data = parse(persona.text);
    const cases: [Change, [number, number]][] = [
      [{ op: 'delete', path: ['preferredChannels', 0] }, [1, 1]],
      [{ op: 'delete', path: ['preferredChannels', data.preferredChannels.length - 1] }, [1, 1]],
      [{ op: 'insert', path: ['preferredChannels'], index: 1, value: 'email' }, [1, 1]],
      [{ op: 'delete', path: ['goals', 1] }, [0, 1]],
      [{ op: 'insert', path: ['goals'], index: data.goals.length, value: 'Payer: en 3 fois' }, [1, 0]],
      [{ op: 'set', path: ['digitalAffinity'], value: 'high' }, [1, 1]],
      [{ op: 'delete', path: ['image'] }, [0, 1]],
      [{ op: 'set', path: ['description'], value: 'Ligne un\nLigne deux\n' }, [2, data.description.trimEnd().split('\n').length]],
    ];
    for (const [change, counts] of cases) {
      const after = editText(persona, [change]);
      expect(numstat(persona.text, after), JSON.stringify(change)).toEqual(counts);
      expect(isFormatted({ ...persona, text: after }), JSON.stringify(change)).toBe(true);
    }
    const described = editText(persona, [{ op: 'set', path: ['description'], value: 'Ligne un\nLigne deux\n' }]);
    expect(described).toContain('description: |\n  Ligne un\n  Ligne deux\n');
    expect(parse(described).description).toBe('Ligne un\nLigne deux\n');
  });

  it('adds a stage, and a first pain point to a step that had none, touching only the new lines', () => {
    const journey = journeys.find((file) => file.path === 'journeys/commande-livraison.yaml')!;
    const stage = { id: 'nouvelle-etape', name: 'Nouvelle', steps: [{ id: 'premier-pas', name: 'Premier pas' }] };
    const withStage = editText(journey, [{ op: 'insert', path: ['stages'], index: 1, value: stage }]);
    expect(numstat(journey.text, withStage)).toEqual([5, 0]);
    expect(parse(withStage).stages[1]).toEqual(stage);
    const data = parse(journey.text);
    const stepIndex = data.stages[0].steps.findIndex((step: { painPoints?: unknown }) => step.painPoints === undefined);
    const path = ['stages', 0, 'steps', stepIndex, 'painPoints'];
    const withPain = editText(journey, [{ op: 'insert', path, index: 0, value: { text: 'Trop long', severity: 'high' } }]);
    expect(numstat(journey.text, withPain)).toEqual([3, 0]);
    expect(valueAt(parse(withPain), path)).toEqual([{ text: 'Trop long', severity: 'high' }]);
    expect(isFormatted({ ...journey, text: withPain })).toBe(true);
  });

  it('adds a key where the schema orders it in a formatted file', () => {
    const journey = journeys[0]!;
    const after = editText(journey, [{ op: 'set', path: ['stages', 0, 'steps', 1, 'description'], value: 'Une description' }]);
    expect(numstat(journey.text, after)).toEqual([1, 0]);
    expect(isFormatted({ ...journey, text: after })).toBe(true);
  });

  it('keeps CRLF line ends in a file written with them', () => {
    const crlf = { ...fourSpaces, text: fourSpaces.text.replaceAll('\n', '\r\n') };
    const step = { id: 'relance', name: 'Relance' };
    const after = editText(crlf, [
      { op: 'set', path: ['stages', 0, 'steps', 0, 'name'], value: 'Cherche' },
      { op: 'insert', path: ['stages', 1, 'steps'], index: 1, value: step },
    ]);
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
    expect(numstat(crlf.text, after)).toEqual([3, 1]);
    expect(parse(after).stages[1].steps[1]).toEqual(step);
  });

  it('changes exactly one line for any one-line value of the examples set to another', () => {
    type Leaf = { path: (string | number)[]; value: unknown };
    const leaves = (value: unknown, path: (string | number)[] = []): Leaf[] =>
      Array.isArray(value)
        ? value.flatMap((item, index) => leaves(item, [...path, index]))
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))
          : [{ path, value }];
    let tried = 0;
    for (const file of [...journeys, ...personas, fourSpaces]) {
      const all = leaves(parse(file.text)).filter((leaf) => !(typeof leaf.value === 'string' && leaf.value.includes('\n')));
      for (const [index, leaf] of all.entries()) {
        if (index % 5 !== 0) continue;
        const value =
          typeof leaf.value === 'number'
            ? leaf.value + 1
            : typeof leaf.value === 'boolean'
              ? !leaf.value
              : leaf.value === null
                ? 0
                : `${leaf.value}: « modifié » #2`;
        const after = editText(file, [{ op: 'set', path: leaf.path, value }]);
        const before = file.text.split('\n');
        const lines = after.split('\n');
        expect(lines.length, `${file.path} ${leaf.path.join('.')}`).toBe(before.length);
        expect(lines.filter((line, at) => line !== before[at]).length, `${file.path} ${leaf.path.join('.')}`).toBe(1);
        expect(valueAt(parse(after), leaf.path)).toEqual(value);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(200);
  });

  it('applies several changes of one request together, the last one of a value winning', () => {
    const step = ['stages', { id: 'decouverte' }, 'steps', { id: 'recherche' }];
    const after = editText(fourSpaces, [
      { op: 'set', path: [...step, 'emotion', 'amelie-pressee'], value: 3 },
      { op: 'set', path: [...step, 'emotion', 'nadine-connectee'], value: -3 },
      { op: 'set', path: [...step, 'name'], value: 'Premier nom' },
      { op: 'set', path: [...step, 'name'], value: 'Cherche: vite' },
      { op: 'insert', path: [...step, 'thoughts'], index: 2, value: 'Enfin' },
      { op: 'set', path: ['title'], value: 'Acheter' },
    ]);
    expect(numstat(fourSpaces.text, after)).toEqual([4, 3]);
    const data = parse(after);
    expect(data.title).toBe('Acheter');
    expect(data.stages[0].steps[0]).toMatchObject({ name: 'Cherche: vite', emotion: { 'amelie-pressee': 3, 'nadine-connectee': -3 } });
    expect(data.stages[0].steps[0].thoughts).toEqual(['Où est le bouton ?', "C'est long", 'Enfin']);
    expect(after).toContain('emotion: {amelie-pressee: 3, nadine-connectee: -3}');
  });

  it('refuses a path that names nothing, and leaves aliases alone', () => {
    expect(editError(() => editText(fourSpaces, [{ op: 'set', path: ['stages', { id: 'nope' }, 'name'], value: 'x' }])).code).toBe(
      'not-found',
    );
    const aliased = { ...fourSpaces, text: 'id: a\nbase: &b {x: 1}\nother: *b\n' };
    const change: Change = { op: 'set', path: ['other', 'x'], value: 2 };
    expect(editError(() => editText(aliased, [change])).code).toBe('unsupported');
  });
});
