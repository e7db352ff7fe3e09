import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../src/core/index.ts';
import { MAX_FILE_BYTES } from '../src/core/load/read-content.ts';
import type { Problem } from '../src/core/problem.ts';

// One folder per case under bad-input/: a content root and the problems it must produce.
const corpus = new URL('./bad-input/', import.meta.url).pathname;
const NOW = new Date('2026-11-23T12:00:00Z');

interface Expected {
  description: string;
  problems: { code: string; file: string; line: number | null; column: number | null }[];
}

const cases = (await readdir(corpus, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function summarise(problems: readonly Problem[]) {
  return problems.map(({ code, file, line, column }) => ({ code, file, line, column }));
}

/** Every position must fall inside its file, or an editor cannot show it. */
async function expectPositionsInside(root: string, problems: readonly Problem[]) {
  for (const problem of problems) {
    const text = await readFile(join(root, problem.file), 'utf8').catch(() => '');
    const lines = text.replace(/^\ufeff/, '').split('\n');
    expect(problem.line, `${problem.file}:${problem.line}`).toBeGreaterThanOrEqual(1);
    expect(problem.line, `${problem.file}:${problem.line}`).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeLessThanOrEqual((lines[problem.line - 1] ?? '').length + 1);
  }
}

describe('bad input corpus', () => {
  it.each(cases)('%s', async (name) => {
    const root = join(corpus, name);
    const expected = JSON.parse(await readFile(join(root, 'expected.json'), 'utf8')) as Expected;
    const { problems } = await checkProject(root, { now: NOW });
    // A null line or column in expected.json leaves that position unchecked.
    const actual = summarise(problems).map((problem, index) => ({
      ...problem,
      ...(expected.problems[index]?.line === null ? { line: null } : {}),
      ...(expected.problems[index]?.column === null ? { column: null } : {}),
    }));
    expect(actual).toEqual(expected.problems);
    for (const problem of problems) {
      expect(problem.message).not.toMatch(
        /must (be (string|number|integer|boolean|object|array|equal)|have required|match (pattern|format))|must NOT|instancePath|#\/\$defs/,
      ); // no raw ajv text
      expect(problem.message.length).toBeGreaterThan(10);
    }
    await expectPositionsInside(root, problems);
    // What validate keeps (problems only) must not change what is found.
    expect((await checkProject(root, { now: NOW, keep: 'problems' })).problems).toEqual(problems);
  });
});

describe('generated bad input', () => {
  const made: string[] = [];
  afterAll(async () => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('refuses a huge file without reading it, and still checks the others', async () => {
    const root = await mkdtemp(join(tmpdir(), 'parcours-huge-'));
    made.push(root);
    await mkdir(join(root, 'journeys'));
    await writeFile(join(root, 'journeys/enorme.yaml'), `id: enorme\ntitle: T\nsummary: "${'x'.repeat(MAX_FILE_BYTES)}"\n`);
    await writeFile(join(root, 'journeys/petit.yaml'), 'id: petit\ntitle: T\nstages: []\n');
    const { problems } = await checkProject(root, { now: NOW });
    expect(summarise(problems)).toEqual([
      { code: 'file-too-large', file: 'journeys/enorme.yaml', line: 1, column: 1 },
      { code: 'empty-value', file: 'journeys/petit.yaml', line: 3, column: 9 },
    ]);
  });
});
