import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashDir } from './hash-dir.ts';
import { runParcours } from './run-parcours.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-e2e-output-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const parcoursBuild = (args: string[]) => runParcours(['build', ...args], { PARCOURS_TODAY: inject('today') });

describe('parcours build output', () => {
  it('is byte-identical when the same content is built twice (by the global setup)', async () => {
    const first = await hashDir(inject('examples').dir);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(await hashDir(inject('examplesAgain'))).toEqual(first);
  });

  it('fails on invalid content with file:line:col, no stack trace, and the previous output untouched', async () => {
    const previous = join(work, 'previous');
    await cp(inject('examples').dir, previous, { recursive: true });
    const before = await hashDir(previous);
    const run = parcoursBuild(['--root', 'tests/bad-input/invalid-values', '--out', previous]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^tests\/bad-input\/invalid-values\/journeys\/achat\.yaml:\d+:\d+ error [a-z-]+$/m);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(await hashDir(previous)).toEqual(before);
    expect(await readdir(work)).toEqual(['previous']);
  });
});
