import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { linkWorkspace, SECRET } from '../../src/core/load/link-workspace.testing.ts';
import { hashDir } from './hash-dir.ts';
import { programEnv, runParcours } from './run-parcours.ts';

// Astro copies public/ into the site as the links' targets, and Vite's dev server serves it the
// same way: the real program must refuse links that leave the root or would copy forever.
let workspace: { base: string; root: string; outside: string };
let out: string;
beforeEach(async () => {
  workspace = await linkWorkspace();
  await mkdir(join(workspace.root, 'public', 'images'), { recursive: true });
  await writeFile(join(workspace.root, 'public', 'images', 'plan.txt'), 'a plan of the shop\n');
  out = join(workspace.base, 'site', 'dist');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.html'), 'previous site');
});
afterEach(async () => {
  await rm(workspace.base, { recursive: true, force: true });
});

const build = () => runParcours(['build', '--root', workspace.root, '--out', out], { PARCOURS_TODAY: inject('today') });

/** Every file of a folder, as text, following nothing: what a published site would hold. */
async function texts(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
}

describe('parcours build with symbolic links in public/', () => {
  it.each([
    ['a file outside', 'public/notes.txt', () => '../../outside/secret.txt', 'file-link-outside'],
    ['a folder outside (persona images)', 'public/images/claire', () => '../../../outside/folder', 'file-link-outside'],
    ['the folder above the output folder', 'public/up', () => join(workspace.base, 'site'), 'file-link-outside'],
    ['the content root, above the link', 'public/up', () => '..', 'file-link-loop'],
    ['the public folder itself', 'public/images/again', () => '..', 'file-link-loop'],
    ['itself', 'public/loop', () => 'loop', 'file-link-loop'],
    ["the repository's .git folder", 'public/git', () => '../.git', 'file-link-outside'],
  ])('refuses a link to %s: its code and path, nothing of the target, the previous site untouched', async (_, path, target, code) => {
    await mkdir(join(workspace.root, '.git'), { recursive: true });
    await writeFile(join(workspace.root, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
    await symlink(target(), join(workspace.root, path));
    const before = await hashDir(out);
    const run = build();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${path.replaceAll('/', '\\/')}:1:1 erreur ${code}$`, 'm'));
    expect(run.stdout).toContain(`\`${target()}\``);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(await hashDir(out)).toEqual(before);
    expect(await readdir(join(workspace.base, 'site'))).toEqual(['dist']);
  });

  it('refuses a link to a folder that holds the output folder, inside the root', async () => {
    out = join(workspace.root, 'build', 'dist');
    await mkdir(out, { recursive: true });
    await symlink('../build', join(workspace.root, 'public', 'builds'));
    const run = build();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/public\/builds:1:1 erreur file-link-loop$/m);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(await readdir(out)).toEqual([]);
  });

  it('publishes links that stay inside the root, and nothing from outside', async () => {
    await mkdir(join(workspace.root, 'assets'));
    await writeFile(join(workspace.root, 'assets', 'logo.txt'), 'the logo\n');
    await symlink('../assets/logo.txt', join(workspace.root, 'public', 'logo.txt'));
    await symlink('../../assets', join(workspace.root, 'public', 'images', 'shared'));
    const run = build();
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    expect(await readFile(join(out, 'logo.txt'), 'utf8')).toBe('the logo\n');
    expect(await readFile(join(out, 'images', 'shared', 'logo.txt'), 'utf8')).toBe('the logo\n');
    expect(await texts(out)).not.toContain(SECRET);
    // A real Astro build: minutes on a loaded machine.
  }, 600_000);
});

describe('parcours dev with symbolic links in public/', () => {
  it('refuses to serve a public/ folder that links outside', async () => {
    await symlink('../../outside/secret.txt', join(workspace.root, 'public', 'notes.txt'));
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    // A dev server that started would never exit: the timeout turns that into a failure.
    const run = spawnSync(process.execPath, ['bin/parcours.js', 'dev', '--root', workspace.root, '--port', '0'], {
      cwd: repo,
      encoding: 'utf8',
      env: programEnv(),
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    // In the content's language: it has no config, so French, the default.
    expect(run.stderr).toMatch(/public\/notes\.txt:1:1 erreur file-link-outside$/m);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});
