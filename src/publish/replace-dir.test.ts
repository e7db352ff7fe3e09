import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceDir } from './replace-dir.ts';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'parcours-replace-'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('replaceDir', () => {
  it('puts what was produced in place of the old directory and leaves nothing beside it', async () => {
    const target = join(parent, 'dist');
    await mkdir(target);
    await writeFile(join(target, 'old.html'), 'old');
    const result = await replaceDir(target, async (dir) => {
      await writeFile(join(dir, 'index.html'), 'new');
      return 42;
    });
    expect(result).toBe(42);
    expect(await readdir(target)).toEqual(['index.html']);
    expect(await readdir(parent)).toEqual(['dist']);
    expect((await stat(target)).mode & 0o777).toBe(0o755);
  });

  it('creates the target and its parents when they do not exist', async () => {
    const target = join(parent, 'a', 'b', 'site');
    await replaceDir(target, (dir) => writeFile(join(dir, 'index.html'), 'new'));
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
  });

  it('leaves the old directory untouched and removes the half-made one when producing fails', async () => {
    const target = join(parent, 'dist');
    await mkdir(target);
    await writeFile(join(target, 'index.html'), 'old');
    const failure = replaceDir(target, async (dir) => {
      await writeFile(join(dir, 'index.html'), 'half');
      throw new Error('build failed');
    });
    await expect(failure).rejects.toThrow('build failed');
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(parent)).toEqual(['dist']);
  });
});
