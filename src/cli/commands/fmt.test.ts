import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../test-io.ts';
import { fmtCommand } from './fmt.ts';

const examples = fileURLToPath(new URL('../../../', import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'parcours-fmt-'));
  await cp(join(examples, 'personas'), join(root, 'personas'), { recursive: true });
  await writeFile(join(root, 'personas', 'zoe.yaml'), '# Zoé\nname: Zoé # display name\nid: zoe\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('parcours fmt', () => {
  it('--check lists the files that would change with the command that fixes each, exits 1 and writes nothing', async () => {
    const io = memoryIo(root);
    expect(await fmtCommand(['--check'], io)).toBe(1);
    expect(io.out()).toContain('would reformat personas/zoe.yaml: run npx parcours fmt personas/zoe.yaml\n');
    expect(io.out()).toMatch(/\nRun npx parcours fmt to lay them out, then commit them\.\n$/);
    expect(io.out()).not.toContain('::error');
    expect(await readFile(join(root, 'personas', 'zoe.yaml'), 'utf8')).toBe('# Zoé\nname: Zoé # display name\nid: zoe\n');
  });

  it('--check in GitHub Actions annotates each file with the command, and names files from the current directory', async () => {
    const io = memoryIo(join(root, '..'), { GITHUB_ACTIONS: 'true' });
    const shown = join(root.slice(root.lastIndexOf('/') + 1), 'personas', 'zoe.yaml');
    expect(await fmtCommand(['--check', '--root', root], io)).toBe(1);
    expect(io.out()).toContain(`would reformat ${shown}: run npx parcours fmt ${shown}\n`);
    expect(io.out()).toMatch(
      new RegExp(
        `^::error file=${shown.replaceAll('.', '\\.')},title=parcours fmt::.*npx parcours fmt ${shown.replaceAll('.', '\\.')} `,
        'm',
      ),
    );
    // The command given must fix the file: run from the same directory, --check passes after it.
    expect(await fmtCommand([shown], memoryIo(join(root, '..')))).toBe(0);
    expect(await fmtCommand(['--check', shown], memoryIo(join(root, '..')))).toBe(0);
  });

  it('rewrites the files, keeps comments, leaves no temporary file, and then --check passes', async () => {
    expect(await fmtCommand([], memoryIo(root))).toBe(0);
    expect(await readFile(join(root, 'personas', 'zoe.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../node_modules/parcours/schema/persona.schema.json\n# Zoé\nid: zoe\nname: Zoé # display name\n',
    );
    expect((await readdir(join(root, 'personas'))).filter((name) => name.startsWith('.'))).toEqual([]);
    const io = memoryIo(root);
    expect(await fmtCommand(['--check'], io)).toBe(0);
    expect(io.out()).toMatch(/^0 files would change/);
  });

  it('formats only the files named, relative to the current directory', async () => {
    const io = memoryIo(join(root, 'personas'));
    expect(await fmtCommand(['zoe.yaml'], io)).toBe(0);
    expect(io.out()).toContain('formatted zoe.yaml\n');
  });

  it('reports a file that is not valid YAML with file:line:col and leaves it untouched, still formatting the others', async () => {
    const broken = 'name: [Zoé\nid: zoe\n';
    await writeFile(join(root, 'personas', 'broken.yaml'), broken);
    const io = memoryIo(root);
    expect(await fmtCommand([], io)).toBe(1);
    expect(io.err()).toMatch(/personas\/broken\.yaml:\d+:\d+ error yaml-syntax/);
    expect(await readFile(join(root, 'personas', 'broken.yaml'), 'utf8')).toBe(broken);
    expect(await readFile(join(root, 'personas', 'zoe.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \S+\n# Zoé\nid: zoe/);
  });

  it('gives every file a schema line that resolves: added when missing, repaired when it points nowhere, kept when it works', async () => {
    await writeFile(
      join(root, 'personas', 'old.yaml'),
      '# yaml-language-server: $schema=https://parcours.dev/schema/persona.schema.json\nid: old\nname: Old\n',
    );
    await writeFile(
      join(root, 'personas', 'own.yaml'),
      '# yaml-language-server: $schema=https://json.schemastore.org/any.json\nid: own\nname: Own\n',
    );
    expect(await fmtCommand([], memoryIo(root))).toBe(0);
    for (const name of ['zoe', 'old', 'amelie-pressee']) {
      expect(await readFile(join(root, 'personas', `${name}.yaml`), 'utf8'), name).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/node_modules\/parcours\/schema\/persona\.schema\.json\n/,
      );
    }
    expect(await readFile(join(root, 'personas', 'own.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/json\.schemastore\.org\/any\.json\n/,
    );
  });

  it('refuses a file that is not a content file, and a missing one', async () => {
    await expect(fmtCommand(['notes.yaml'], memoryIo(root))).rejects.toThrow(/not a content file/);
    await expect(fmtCommand(['personas/none.yaml'], memoryIo(root))).rejects.toThrow(/cannot read/);
  });
});
