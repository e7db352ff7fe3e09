import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutDir } from './check-out-dir.ts';
import { UsageError } from './io.ts';

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'parcours-out-'));
  await mkdir(join(base, 'content', 'journeys'), { recursive: true });
  await mkdir(join(base, 'site'));
  await writeFile(join(base, 'site', 'index.html'), '');
  await mkdir(join(base, 'src'));
  await writeFile(join(base, 'src', 'main.ts'), '');
  await writeFile(join(base, 'file.txt'), '');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('checkOutDir', () => {
  it.each([
    ['a directory that does not exist yet', 'new-dist'],
    ['a previous build', 'site'],
    ['an empty directory', 'content/journeys/../../new-empty'],
  ])('accepts %s', async (_, out) => {
    await expect(checkOutDir('build', join(base, out), [join(base, 'content')])).resolves.toBeUndefined();
  });

  it.each([
    ['the content root itself', 'content'],
    ['a directory holding the content root', '.'],
    ['a file', 'file.txt'],
    ['a non-empty directory that is not a site', 'src'],
  ])('refuses %s', async (_, out) => {
    await expect(checkOutDir('build', join(base, out), [join(base, 'content')])).rejects.toBeInstanceOf(UsageError);
  });
});
