import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../core/index.ts';
import { UsageError } from '../io.ts';
import { memoryIo } from '../test-io.ts';
import { fmtCommand } from './fmt.ts';
import { newCommand } from './new.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const roots: string[] = [];
async function tempRoot(parent = tmpdir()): Promise<string> {
  const root = await mkdtemp(join(parent, '.parcours-new-'));
  roots.push(root);
  return root;
}
/** Parcours installed in the root as `npm install -D parcours` does it: node_modules/parcours. */
async function installParcours(root: string): Promise<void> {
  await mkdir(join(root, 'node_modules'));
  await symlink(repo, join(root, 'node_modules', 'parcours'), 'dir');
}
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

describe('parcours new', () => {
  it('writes a journey and a persona that pass validate with no error and are already formatted', async () => {
    const root = await tempRoot();
    // The repository's config, less its schema line, which points into this repository.
    await writeFile(join(root, 'parcours.config.yaml'), (await readFile(join(repo, 'parcours.config.yaml'), 'utf8')).replace(/^#.*\n/, ''));
    await installParcours(root);
    expect(await fmtCommand(['--root', root], memoryIo(repo))).toBe(0);
    expect(await newCommand(['persona', 'lea-pressee', '--root', root], memoryIo(repo))).toBe(0);
    expect(await newCommand(['journey', 'commande-en-ligne', '--root', root], memoryIo(repo))).toBe(0);
    const journey = await readFile(join(root, 'journeys', 'commande-en-ligne.yaml'), 'utf8');
    expect(journey).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/parcours\/schema\/journey\.schema\.json\n/);
    expect(journey).toContain('personas: [lea-pressee]');
    const { problems } = await checkProject(root);
    // A starter map states an emotion with no source yet: the one warning it may get.
    expect(problems.map((problem) => problem.code)).toEqual(['claims-without-evidence']);
    expect(await fmtCommand(['--check', '--root', root], memoryIo(repo))).toBe(0);
  });

  it('writes English texts when the site is in English, and a journey without personas when there are none', async () => {
    const root = await tempRoot();
    await writeFile(join(root, 'parcours.config.yaml'), 'lang: en\n');
    await installParcours(root);
    expect(await newCommand(['journey', 'checkout'], memoryIo(root))).toBe(0);
    const journey = await readFile(join(root, 'journeys', 'checkout.yaml'), 'utf8');
    expect(journey).toContain('name: Discovery');
    expect(journey).not.toMatch(/^personas:/m);
    expect((await checkProject(root)).problems.map((problem) => problem.code)).toEqual(['claims-without-evidence']);
  });

  it('points the schema line at the repository schema, relative to the file, inside this repository', async () => {
    const root = await tempRoot(repo);
    await newCommand(['persona', 'zoe'], memoryIo(root));
    expect(await readFile(join(root, 'personas', 'zoe.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/persona\.schema\.json\n/,
    );
  });

  it('points outside the repository into node_modules/parcours, where npm installs the schemas, never to an address', async () => {
    const root = await tempRoot();
    await mkdir(join(root, 'maps'));
    await writeFile(join(root, 'package.json'), '{}\n');
    await newCommand(['persona', 'zoe', '--root', 'maps'], memoryIo(root));
    // Before npm install: where it will be, beside package.json.
    expect(await readFile(join(root, 'maps', 'personas', 'zoe.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/parcours\/schema\/persona\.schema\.json\n/,
    );
    expect((await checkProject(join(root, 'maps'))).problems.map((problem) => problem.code)).toContain('schema-line-unresolved');
    await installParcours(root);
    expect((await checkProject(join(root, 'maps'))).problems.map((problem) => problem.code)).not.toContain('schema-line-unresolved');
  });

  it('refuses to overwrite a file or reuse an id (exit 2), leaving the file as it was', async () => {
    const root = await tempRoot();
    await newCommand(['persona', 'zoe'], memoryIo(root));
    await writeFile(join(root, 'personas', 'zoe.yaml'), 'id: zoe\nname: Mine\n');
    const io = memoryIo(root);
    expect(await newCommand(['persona', 'zoe'], io)).toBe(2);
    // No config: the default language, French.
    expect(io.err()).toContain('existe déjà');
    expect(await readFile(join(root, 'personas', 'zoe.yaml'), 'utf8')).toBe('id: zoe\nname: Mine\n');
    await writeFile(join(root, 'personas', 'autre.yml'), 'id: autre\nname: Autre\n');
    expect(await newCommand(['persona', 'autre'], memoryIo(root))).toBe(2);
  });

  it('refuses an invalid id with a suggestion, and a missing kind', async () => {
    await expect(newCommand(['journey', 'Commande En Ligne'], memoryIo(tmpdir()))).rejects.toThrow(/Did you mean `commande-en-ligne`\?/);
    await expect(newCommand(['journey', 'Commande En Ligne'], memoryIo(tmpdir()))).rejects.toBeInstanceOf(UsageError);
    await expect(newCommand(['map', 'x'], memoryIo(tmpdir()))).rejects.toThrow(/journey` or `persona/);
  });
});
