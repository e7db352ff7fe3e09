import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

// The successful build runs Astro and is covered by the end-to-end tests (tests/e2e/).
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bad = join(repo, 'tests/bad-input/invalid-values');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-build-cmd-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('parcours build', () => {
  it('exits 1 on content errors, prints them as validate does and leaves the previous output alone', async () => {
    const out = join(work, 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'previous site');
    const io = memoryIo(repo);
    expect(await main(['build', '--root', bad, '--out', out], io)).toBe(1);

    const validate = memoryIo(repo);
    await main(['validate', '--root', bad], validate);
    expect(io.out()).toBe(validate.out());
    // In the content's language: no config, so French, the default lang.
    expect(io.out()).toMatch(/^tests\/bad-input\/invalid-values\/journeys\/achat\.yaml:\d+:\d+ erreur /m);
    expect(io.err()).toMatch(/^parcours build : le contenu a des erreurs ; rien n’a été construit et .*dist n’a pas changé\.$/m);
    expect(await readdir(out)).toEqual(['index.html']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(await readdir(work)).toEqual(['dist']);
  });

  it.each([
    [['build', '--root', 'no/such/dir'], /does not exist/],
    [['build', '--out', '.'], /would replace/],
    [['build', '--out', 'src'], /does not look like a built site/],
    [['build', '--out', 'package.json'], /is a file/],
    [['build', '--watch'], /Unknown option '--watch'/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const io = memoryIo(repo);
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('prints its help', async () => {
    const io = memoryIo(repo);
    expect(await main(['build', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: parcours build \[--root DIR\] \[--out DIR\]/);
  });
});
