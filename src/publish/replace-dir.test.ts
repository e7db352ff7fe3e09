import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leftovers, replaceDir } from './replace-dir.ts';

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

describe('leftovers', () => {
  const alive = (pid: number) => pid === 7;

  it('are the new and old directories of this target made by processes that have ended', () => {
    const names = ['dist', '.dist.new-12-AbC123', '.dist.old-12-xyZ789', '.dist.new-7-AbC123', 'notes.txt'];
    expect(leftovers('/out/dist', names, alive)).toEqual(['.dist.new-12-AbC123', '.dist.old-12-xyZ789']);
  });

  it("never are another output's, a name merely alike, or those of a process still running", () => {
    const names = [
      '.site.new-12-AbC123', // another output beside it
      '.dist-2.new-12-AbC123', // another output whose name starts alike
      '.dist.new-12-AbC123.new-13-AbC123', // the staging of an output named .dist.new-12-AbC123
      '.dist.new-AbC123', // no process id: not made by this code
      'dist.new-12-AbC123', // not hidden
      '.dist.new-7-AbC123', // a build of this output still running
    ];
    expect(leftovers('/out/dist', names, alive)).toEqual([]);
    // Characters that mean something in a pattern are taken as they are.
    expect(leftovers('/out/a.b', ['.a.b.new-1-AbC123', '.aXb.new-1-AbC123'], alive)).toEqual(['.a.b.new-1-AbC123']);
  });
});

describe('replaceDir after an interrupted run', () => {
  it("removes what ended processes left for this target, and nothing of a live one's or another output's", async () => {
    const target = join(parent, 'dist');
    // A pid that is no process: above the kernel's largest (2^22).
    const gone = join(parent, '.dist.new-4999999-AbC123');
    const running = join(parent, `.dist.new-${process.pid}-AbC123`);
    const other = join(parent, '.site.new-4999999-AbC123');
    for (const dir of [gone, running, other]) {
      await mkdir(dir);
      await writeFile(join(dir, 'index.html'), 'half');
    }
    await replaceDir(target, (dir) => writeFile(join(dir, 'index.html'), 'new'));
    expect((await readdir(parent)).sort()).toEqual([`.dist.new-${process.pid}-AbC123`, '.site.new-4999999-AbC123', 'dist']);
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
  });

  it('removes them too when producing fails', async () => {
    const target = join(parent, 'dist');
    await mkdir(join(parent, '.dist.old-4999999-AbC123'));
    await expect(replaceDir(target, () => Promise.reject(new Error('build failed')))).rejects.toThrow('build failed');
    expect(await readdir(parent)).toEqual([]);
  });
});
