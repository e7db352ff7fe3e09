import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../bench/synthetic-content.ts';
import { locate, toPointer } from './locate.ts';
import { readContent, type SourceFile } from './read-content.ts';
import { readYamlFast } from './read-yaml-fast.ts';
import { scanBlockYaml } from './scan-block-yaml.ts';
import { TRICKY_TEXTS } from './tricky-texts.testing.ts';

// The scanner against `yaml` on every fast-path file of every corpus the fast reader's parity
// test reads: wherever the scanner answers, it answers the span `locate` gives with `yaml`.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
let synthetic: string;

beforeAll(async () => {
  synthetic = await mkdtemp(join(tmpdir(), 'parcours-scan-'));
  await writeSyntheticContent(synthetic, { journeys: 3, stepsPerJourney: 40, personas: 3 });
});
afterAll(async () => {
  if (synthetic) await rm(synthetic, { recursive: true, force: true });
});

const badInput = (await readdir(join(repo, 'tests/bad-input'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => `tests/bad-input/${entry.name}`);
const roots = ['.', 'tests/e2e/fixtures/xss', 'src/core/export/fixtures/tricky', ...badInput];
const looseFiles = [
  'src/core/diff/fixtures/livraison.yaml',
  'src/core/diff/fixtures/amelie.yaml',
  'src/core/diff/fixtures/nadine.yaml',
  'src/core/insights/fixtures/agence.yaml',
];

/** Every pointer of the data (each map key and list index), and a missing child of each map. */
function pointers(value: unknown, path: (string | number)[] = [], found: string[] = []): string[] {
  found.push(toPointer(path));
  if (Array.isArray(value))
    value.forEach((item, index) => {
      pointers(item, [...path, index], found);
    });
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pointers(item, [...path, key], found);
    found.push(toPointer([...path, 'no-such-field']));
  }
  return found;
}

/**
 * Compares the scanner with `yaml` on each fast-path text; returns how many lookups it answered, of
 * how many. A scanner that declined every lookup would agree with `yaml` everywhere: so the texts
 * must ask something, and the scanner answer at least `minShare` of it (half by default: where it
 * declines most, in block scalars and multi-line plain scalars, it still answers three in five).
 */
function compare(sources: readonly { path: string; text: string }[], minShare = 0.5): { answered: number; asked: number } {
  let answered = 0;
  let asked = 0;
  for (const { path, text } of sources) {
    const data = readYamlFast(text);
    if (data === undefined) continue;
    const lineCounter = new LineCounter();
    const file = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    const scanned = scanBlockYaml(text);
    for (const pointer of pointers(data)) {
      for (const target of ['key', 'value'] as const) {
        asked++;
        const span = scanned?.(pointer, target);
        if (span === undefined) continue;
        answered++;
        expect(span, `${path} ${pointer} ${target}`).toEqual(locate(file, pointer, target));
      }
    }
  }
  expect(asked, 'lookups asked').toBeGreaterThan(0);
  expect(answered, `lookups answered of ${asked}`).toBeGreaterThanOrEqual(Math.ceil(asked * minShare));
  return { answered, asked };
}

const sourcesOf = async (root: string): Promise<SourceFile[]> => (await readContent(root)).sources;

describe('scanBlockYaml locates as yaml does', () => {
  it.each(roots)('in %s', async (root) => {
    // The examples are plain block YAML: the scanner answers nearly every lookup there.
    compare(await sourcesOf(join(repo, root)), root === '.' ? 0.95 : 0.5);
  });

  it('in the synthetic bench corpus, answering nearly every lookup', async () => {
    const { asked } = compare(await sourcesOf(synthetic), 0.95);
    expect(asked).toBeGreaterThan(1000);
  });

  it('in the loose fixtures, answering nearly every lookup', async () => {
    compare(await Promise.all(looseFiles.map(async (path) => ({ path, text: await readFile(join(repo, path), 'utf8') }))), 0.95);
  });

  // The others are not read on the fast path, so the scanner never sees them (the fast reader's
  // parity test reads them all).
  const fastTricky = Object.entries(TRICKY_TEXTS).filter(([, text]) => readYamlFast(text) !== undefined);

  it('in the tricky texts, most of which the fast path reads', () => {
    expect(fastTricky.length).toBeGreaterThanOrEqual(Object.keys(TRICKY_TEXTS).length / 2);
  });

  it.each(fastTricky)('in the tricky text: %s', (name, text) => {
    compare([{ path: name, text }]);
  });

  it('in texts made to trip it', () => {
    const texts = [
      'a: 1\nb:\n  - x: 1   # c\n    y: "q"\n  - z\n  # com\n\nc: |\n  t\n\n  u\n\nd: >-\n  f\ne: [a, "b c" , {k: v}]   # x\nf: { a: 1, b: [1] }\ng:\n  h: i\n\n',
      'a:\n- x\n- y\nb: 1',
      'a: |\n  x',
      'a: x\n  y\nb:\nc: [ ]\nd: []\ne: {}\n',
      'a:\n  b:\n    - c\n    # trailing\n\nd: 1\n',
      "a:\n  - [1, [2, 3], x]\n  - { k: \"v, w\", l: 'it''s' }\nb: -1\n",
      'a: "x" # c\nb: \'y\'\nc: x # c\n1: one\ntrue: t\nkey with spaces: v\n',
      'a:\n    -   b: 1\n        c: 2\n    -   d\n',
      'a: |-\n  x\n\n\nb:   \n',
    ];
    compare(texts.map((text, index) => ({ path: `text ${index}`, text })));
  });
});
