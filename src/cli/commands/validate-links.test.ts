import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkWorkspace, SECRET } from '../../core/load/link-workspace.testing.ts';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

let workspace: { base: string; root: string; outside: string };
beforeEach(async () => {
  workspace = await linkWorkspace();
});
afterEach(async () => {
  await rm(workspace.base, { recursive: true, force: true });
});

/** Runs validate in every format; returns the json problems and checks the secret is in no output. */
async function validate(): Promise<{
  exit: number;
  problems: { code: string; file: string; line: number; column: number; message: string }[];
}> {
  let exit = 0;
  let problems: { code: string; file: string; line: number; column: number; message: string }[] = [];
  for (const format of ['pretty', 'json', 'github']) {
    const io = memoryIo(workspace.base);
    exit = await main(['validate', '--root', workspace.root, '--format', format], io);
    expect(io.out() + io.err()).not.toContain(SECRET);
    expect(io.out() + io.err()).not.toMatch(/^\s+at /m);
    if (format === 'json') problems = (JSON.parse(io.out()) as { problems: typeof problems }).problems;
  }
  return { exit, problems };
}

const link = (target: string, path: string) => symlink(target, join(workspace.root, path));

describe('parcours validate with symbolic links', () => {
  it.each([
    ['a journey linked to a file outside', 'journeys/evil.yaml', '../../outside/secret.yaml'],
    ['a persona linked to an absolute path outside', 'personas/evil.yaml', 'ABSOLUTE'],
    ['a link whose target does not exist yet, outside', 'journeys/later.yaml', '../../outside/not-yet.yaml'],
    ['the config linked outside', 'parcours.config.yaml', '../outside/secret.yaml'],
    ['a data file linked outside', 'data/figures.csv', '../../outside/secret.csv'],
  ])('refuses %s: file-link-outside at the link, line 1, saying what it points to', async (_, path, written) => {
    const target = written === 'ABSOLUTE' ? join(workspace.outside, 'secret.yaml') : written;
    if (path === 'parcours.config.yaml') await rm(join(workspace.root, path));
    await mkdir(join(workspace.root, path, '..'), { recursive: true });
    await link(target, path);
    const { exit, problems } = await validate();
    expect(exit).toBe(1);
    const problem = problems.find((candidate) => candidate.file === path);
    expect(problem).toMatchObject({ code: 'file-link-outside', file: path, line: 1, column: 1 });
    expect(problem!.message).toContain(`\`${target}\``);
  });

  it.each([
    ['personas', '../outside/folder'],
    ['data', '../outside/folder'],
  ])('refuses the folder %s linked to a folder outside, once, at the folder', async (folder, target) => {
    await rm(join(workspace.root, folder), { recursive: true, force: true });
    await link(target, folder);
    const { exit, problems } = await validate();
    expect(exit).toBe(1);
    expect(problems.filter((problem) => problem.code === 'file-link-outside')).toEqual([
      expect.objectContaining({ file: folder, line: 1 }),
    ]);
  });

  it("refuses a link into the repository's .git folder, which holds the CI token after actions/checkout", async () => {
    await mkdir(join(workspace.root, '.git'));
    await writeFile(join(workspace.root, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
    await link('../.git/config', 'journeys/config.yaml');
    const { exit, problems } = await validate();
    expect(exit).toBe(1);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'file-link-outside', file: 'journeys/config.yaml', line: 1 }));
  });

  it('refuses a link to itself and two links to each other: file-link-loop', async () => {
    await link('loop.yaml', 'journeys/loop.yaml');
    await link('pong.yaml', 'journeys/ping.yaml');
    await link('ping.yaml', 'journeys/pong.yaml');
    const { exit, problems } = await validate();
    expect(exit).toBe(1);
    expect(problems.filter((problem) => problem.code === 'file-link-loop').map((problem) => problem.file)).toEqual([
      'journeys/loop.yaml',
      'journeys/ping.yaml',
      'journeys/pong.yaml',
    ]);
  });

  it('refuses a folder linked to itself', async () => {
    await rm(join(workspace.root, 'personas'), { recursive: true });
    await link('personas', 'personas');
    const { problems } = await validate();
    expect(problems).toContainEqual(expect.objectContaining({ code: 'file-link-loop', file: 'personas', line: 1 }));
  });

  it('follows links that stay inside the root: a persona shared between folders, a linked journeys folder, a data file', async () => {
    await mkdir(join(workspace.root, 'shared'));
    await rename(join(workspace.root, 'personas', 'claire.yaml'), join(workspace.root, 'shared', 'claire.yaml'));
    await link('../shared/claire.yaml', 'personas/claire.yaml');
    await rename(join(workspace.root, 'journeys'), join(workspace.root, 'maps'));
    await link('maps', 'journeys');
    await mkdir(join(workspace.root, 'data'));
    await writeFile(join(workspace.root, 'shared', 'figures.csv'), 'journey,step,period,csat\nachat,recherche,2026-01,80\n');
    await link('../shared/figures.csv', 'data/figures.csv');
    const io = memoryIo(workspace.base);
    expect(await main(['validate', '--root', workspace.root, '--format', 'json'], io)).toBe(0);
    const { problems } = JSON.parse(io.out()) as { problems: { severity: string }[] };
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
