import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locate, toPointer } from '../load/locate.ts';
import { parseSource, type ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import { checkSources } from '../check/check-sources.ts';
import { cachedRevisionParser } from './parse-revision-cached.ts';

const EXAMPLES = new URL('../../../journeys/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const journey = (text: string): SourceFile => ({ path: 'journeys/j.yaml', kind: 'journey', text });

/** Successive revisions of a text, each with one edit of the kind commits make. */
function revisionsOf(text: string): string[] {
  const edits: ((text: string) => string)[] = [
    (previous) => previous.replace(/emotion: (-?\d)/, (_, value: string) => `emotion: ${(Number(value) + 1) % 3}`),
    (previous) => previous.replace(/(\n {6}- id: [^\n]+\n {8}name: )/, '$1Renommée '),
    (previous) => previous.replace(/\n {4}steps:\n/, '\n    steps:\n      # Un commentaire entre deux étapes\n\n'),
    (previous) => previous.replace(/\n {6}- id: /, '\n      - notes: |+\n          Gardé avec ses lignes vides\n\n\n        id: '),
    (previous) => `${previous.trimEnd()}\n    # commentaire final sans retour à la ligne`,
    (previous) => previous.replace(/\n {6}- id: /, '\n      - id: nouvelle-etape\n        name: Nouvelle étape\n      - id: '),
  ];
  const revisions = [text];
  for (const edit of edits) revisions.push(edit(revisions.at(-1)!));
  return revisions;
}

/** Every pointer into `value`, and some into nothing, to compare positions with. */
function pointersOf(value: unknown, path: (string | number)[] = []): string[] {
  const here = toPointer(path);
  if (typeof value !== 'object' || value === null) return [here];
  const children = Object.entries(value).flatMap(([key, child]) => pointersOf(child, [...path, key]));
  return [here, `${here}/absent`, `${here}/absent/deeper`, ...children];
}

function expectSameAsWholeParse(file: ParsedFile, whole: ParsedFile): void {
  expect(JSON.stringify(file.data)).toBe(JSON.stringify(whole.data));
  expect(file.problems).toEqual(whole.problems);
  for (const pointer of [...pointersOf(whole.data), '/stages/99', '/stages/0/steps/99/name', '/stages/x']) {
    for (const target of ['key', 'value'] as const)
      expect([pointer, target, locate(file, pointer, target)]).toEqual([pointer, target, locate(whole, pointer, target)]);
  }
}

describe('cachedRevisionParser', () => {
  it.each(examples)('reads every revision of %s as a whole parse would, positions included', (name) => {
    const parse = cachedRevisionParser();
    for (const text of revisionsOf(readFileSync(new URL(name, EXAMPLES), 'utf8'))) {
      const file = parse(journey(text));
      expect(file.locate).toBeDefined();
      expectSameAsWholeParse(file, parseSource(journey(text)));
    }
  });

  it('places what follows a list cut out of a block (keys after `stages:` and after `steps:`)', () => {
    const text = [
      'id: j',
      'stages:',
      '  - id: s',
      '    steps:',
      '      - id: a',
      '        name: A',
      '',
      '      - id: b',
      '        name: B',
      '    name: S',
      '    description: après les étapes',
      '  -   id: t',
      '      steps:',
      '      - id: c',
      '        name: C',
      '      name: T',
      '# fin des étapes',
      'title: J',
      'tags: [x]',
      '',
    ].join('\n');
    const parse = cachedRevisionParser();
    for (const revision of revisionsOf(text)) {
      const file = parse(journey(revision));
      expect(file.locate).toBeDefined();
      expectSameAsWholeParse(file, parseSource(journey(revision)));
    }
  });

  it('gives the same stage and step objects for blocks read before', () => {
    const parse = cachedRevisionParser();
    const [, first, second] = revisionsOf(readFileSync(new URL(examples[0]!, EXAMPLES), 'utf8'));
    const before = parse(journey(first!)).data as { stages: { steps: unknown[] }[] };
    const after = parse(journey(second!)).data as { stages: { steps: unknown[] }[] };
    const changed = after.stages.findIndex((stage, index) => stage !== before.stages[index]);
    expect(changed).toBeGreaterThanOrEqual(0);
    expect(after.stages.filter((stage, index) => stage === before.stages[index])).toHaveLength(after.stages.length - 1);
    const steps = after.stages[changed]!.steps;
    expect(steps.filter((step, index) => step === before.stages[changed]!.steps[index])).toHaveLength(steps.length - 1);
  });

  const base = 'id: j\ntitle: J\nstages:\n  - id: s\n    name: S\n    steps:\n      - id: a\n        name: A\n';
  it.each([
    ['an alias into another block', 'id: j\ntitle: &t J\nstages:\n  - id: s\n    name: *t\n    steps:\n      - id: a\n        name: A\n'],
    ['a tab', base.replace('name: A', 'name:\tA')],
    ['a second document', `${base}---\nid: k\n`],
    ['a flow map at the top', '{ id: j, title: J, stages: [{ id: s, name: S, steps: [{ id: a, name: A }] }] }\n'],
    ['a duplicate key across blocks', `${base}id: k\n`],
    ['a block that does not parse', base.replace('name: A', 'name: "A')],
    ['a list item under a stage key', base.replace('    name: S\n', '    name: S\n  - broken: [\n')],
    ['a merge key', `${base}  - <<: { id: t }\n`],
  ])('reads the whole file for %s', (_, text) => {
    const file = cachedRevisionParser()(journey(text));
    expect(file.locate).toBeUndefined();
    expectSameAsWholeParse(file, parseSource(journey(text)));
  });

  it('gives checkSources the same problems, positioned the same, as its own parse', () => {
    const parse = cachedRevisionParser();
    const now = new Date('2026-06-01');
    for (const name of examples) {
      for (const text of revisionsOf(readFileSync(new URL(name, EXAMPLES), 'utf8'))) {
        const own = checkSources([journey(text)], { now });
        const parts = checkSources([journey(text)], { now, parse });
        expect(parts.problems).toEqual(own.problems);
        expect(parts.project).toEqual(own.project);
      }
    }
  });
});
