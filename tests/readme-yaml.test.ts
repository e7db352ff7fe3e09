import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fmtCommand } from '../src/cli/commands/fmt.ts';
import { memoryIo } from '../src/cli/test-io.ts';
import type { SourceKind } from '../src/core/load/read-content.ts';
import { readSchema } from '../src/core/validate/schema-validators.ts';

// A team copies the README's examples into its files; the pull-request check of the workflow
// `parcours init` writes runs `parcours fmt --check`. So every example that is a journey, a
// persona or a config (or a part of one) is already laid out as `parcours fmt` lays it out.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

/** The kind of content a block is, from its top-level keys; undefined for other YAML (a pre-commit config). */
function kindOf(text: string): SourceKind | undefined {
  const data = parse(text) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  for (const kind of ['journey', 'persona', 'config'] as const) {
    const properties = Object.keys((readSchema(kind).properties ?? {}) as object);
    if ((kind !== 'journey' || keys.includes('stages')) && keys.every((key) => properties.includes(key))) return kind;
  }
  return undefined;
}

const examples = blocks.flatMap((text) => {
  const kind = kindOf(text);
  return kind ? [{ kind, text }] : [];
});
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("the README's YAML examples", () => {
  it('include a journey and a config', () => {
    expect(examples.map((example) => example.kind)).toEqual(expect.arrayContaining(['journey', 'config']));
  });

  it.each(examples.map((example, index) => [index + 1, example.kind, example.text] as const))(
    'pass `parcours fmt --check` in a team’s project (example %i, a %s)',
    async (_, kind, text) => {
      // A project as `parcours init` makes it: a package.json, the schemas under node_modules once installed.
      const root = await mkdtemp(join(tmpdir(), 'parcours-readme-'));
      made.push(root);
      await writeFile(join(root, 'package.json'), '{}\n');
      const path = kind === 'config' ? 'parcours.config.yaml' : join(`${kind}s`, `exemple.yaml`);
      await mkdir(join(root, `${kind}s`), { recursive: true });
      // A block without a schema line is a part of a file, which has one: the line fmt writes.
      const line = `# yaml-language-server: $schema=${kind === 'config' ? '' : '../'}node_modules/parcours/schema/${kind}.schema.json\n`;
      await writeFile(join(root, path), text.startsWith('# yaml-language-server:') ? text : line + text);
      const io = memoryIo(root);
      expect(await fmtCommand(['--check', path], io), io.out() + io.err()).toBe(0);
    },
  );
});
