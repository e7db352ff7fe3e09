import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../bench/synthetic-content.ts';
import { checkRead } from '../check/check-project.ts';
import { checkSources } from '../check/check-sources.ts';
import { parseSource, readSource } from './parse-source.ts';
import { readContent, type SourceFile, type SourceKind } from './read-content.ts';
import { readYamlFast } from './read-yaml-fast.ts';
import { TRICKY_TEXTS } from './tricky-texts.testing.ts';

// The fast reader (js-yaml, positions parsed only for what is reported) against `yaml` alone,
// over every corpus the project has: both must give the same data and the same problems.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = new Date('2026-11-23T12:00:00Z');
let synthetic: string;

beforeAll(async () => {
  synthetic = await mkdtemp(join(tmpdir(), 'parcours-parity-'));
  await writeSyntheticContent(synthetic, { journeys: 5, stepsPerJourney: 40, personas: 4 });
});
afterAll(async () => {
  if (synthetic) await rm(synthetic, { recursive: true, force: true });
});

const badInput = (await readdir(join(repo, 'tests/bad-input'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => `tests/bad-input/${entry.name}`);
const roots = ['.', 'tests/e2e/fixtures/xss', 'src/core/export/fixtures/tricky', ...badInput];

/** Loose fixture files, each with the kind its tests read it as. */
const looseFiles: [string, SourceKind][] = [
  ['src/core/diff/fixtures/livraison.yaml', 'journey'],
  ['src/core/diff/fixtures/amelie.yaml', 'persona'],
  ['src/core/diff/fixtures/nadine.yaml', 'persona'],
  ['src/core/insights/fixtures/agence.yaml', 'journey'],
];

/** Both readers on one file: the same data and problems, and when the fast reader reads it, `yaml` finds nothing wrong. */
function expectSameRead(source: SourceFile) {
  const slow = parseSource(source);
  const fast = readSource(source);
  expect(fast.data, source.path).toEqual(slow.data);
  expect(fast.problems, source.path).toEqual(slow.problems);
  if (readYamlFast(source.text) !== undefined) expect(slow.problems, source.path).toEqual([]);
}

/** Both readers through the whole check: the same problems (codes, positions, messages, in order) and the same model. */
function expectSameCheck(sources: readonly SourceFile[], check: (parse?: typeof parseSource) => ReturnType<typeof checkSources>) {
  const slow = check(parseSource);
  const fast = check();
  expect(fast.problems).toEqual(slow.problems);
  expect(fast.project).toEqual(slow.project);
  for (const source of sources) expectSameRead(source);
}

/**
 * How many of the texts the fast reader reads itself. A fast reader that declined everything would
 * hand every file to `yaml` and agree with it everywhere: each corpus has files on the fast path.
 */
const onFastPath = (texts: readonly string[]) => texts.filter((text) => readYamlFast(text) !== undefined).length;

describe('fast reader parity', () => {
  it.each(roots)('reads %s as yaml does', async (root) => {
    const read = await readContent(join(repo, root));
    expectSameCheck(read.sources, (parse) => checkRead(read, { now: NOW, ...(parse ? { parse } : {}) }));
    // The examples are plain block YAML, all of it on the fast path; each bad-input case has a file there.
    const texts = read.sources.map((source) => source.text);
    expect(onFastPath(texts)).toBeGreaterThanOrEqual(root === '.' ? texts.length : 1);
  });

  it('reads the synthetic bench corpus as yaml does, all of it on the fast path', { timeout: 120_000 }, async () => {
    const read = await readContent(synthetic);
    expectSameCheck(read.sources, (parse) => checkRead(read, { now: NOW, ...(parse ? { parse } : {}) }));
    expect(read.sources.filter((source) => readYamlFast(source.text) === undefined)).toEqual([]);
    // Every journey there has warnings, so positions were looked up in blocks.
    expect(checkRead(read, { now: NOW }).problems.filter((problem) => problem.file.startsWith('journeys/')).length).toBeGreaterThan(5);
  });

  it.each(looseFiles)('reads %s as yaml does', async (path, kind) => {
    const source = {
      path: `${kind === 'journey' ? 'journeys' : 'personas'}/${path.split('/').pop()}`,
      kind,
      text: await readFile(join(repo, path), 'utf8'),
    };
    expectSameCheck([source], (parse) => checkSources([source], { now: NOW, ...(parse ? { parse } : {}) }));
    expect(onFastPath([source.text])).toBe(1);
  });
});

describe('fast reader parity on texts where readers may part', () => {
  it('reads at least half of them on the fast path', () => {
    expect(onFastPath(Object.values(TRICKY_TEXTS))).toBeGreaterThanOrEqual(Object.keys(TRICKY_TEXTS).length / 2);
  });

  it.each(Object.entries(TRICKY_TEXTS))('%s', (_name, text) => {
    const sources: SourceFile[] = [{ path: 'journeys/j.yaml', kind: 'journey', text }];
    expectSameCheck(sources, (parse) => checkSources(sources, { now: NOW, ...(parse ? { parse } : {}) }));
  });
});
