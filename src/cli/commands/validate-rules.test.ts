import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../core/check/check-project.ts';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'parcours-rules-'));
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function problems(args: string[] = []): Promise<{ exit: number; codes: Map<string, string[]> }> {
  const io = memoryIo(root);
  const exit = await main(['validate', '--format', 'json', ...args], io);
  const codes = new Map<string, string[]>();
  for (const problem of (JSON.parse(io.out()) as { problems: { code: string; severity: string }[] }).problems)
    codes.set(problem.code, [...(codes.get(problem.code) ?? []), problem.severity]);
  return { exit, codes };
}

describe('rules: in parcours.config.yaml', () => {
  it('turns a warning code off, or into an error that fails the run, and leaves the others as they are', async () => {
    const before = await problems();
    expect(before.exit).toBe(0);
    expect(before.codes.get('inclusion-gap-digital')!.length).toBeGreaterThan(0);
    await appendFile(
      join(root, 'parcours.config.yaml'),
      'rules:\n  inclusion-gap-digital: off\n  dead-end: error\n  emotion-cliff: warn\n',
    );
    const after = await problems();
    expect(after.exit).toBe(1);
    expect(after.codes.has('inclusion-gap-digital')).toBe(false);
    expect(new Set(after.codes.get('dead-end'))).toEqual(new Set(['error']));
    expect(after.codes.get('emotion-cliff')).toEqual(before.codes.get('emotion-cliff'));
    expect(after.codes.get('claims-without-evidence')).toEqual(before.codes.get('claims-without-evidence'));
    // A warning made an error goes first, with the errors, in what the site reads too: the order follows the level set.
    const severities = (await checkProject(root)).problems.map((problem) => problem.severity);
    expect(severities.slice(0, after.codes.get('dead-end')!.length).every((severity) => severity === 'error')).toBe(true);
    expect(severities).toEqual([...severities].sort());
  });

  it('reports an unknown code at its line in the config, with the code it probably means', async () => {
    await appendFile(join(root, 'parcours.config.yaml'), 'rules:\n  dead-ends: off\n');
    const io = memoryIo(root);
    expect(await main(['validate', '--lang', 'en'], io)).toBe(1);
    expect(io.out()).toMatch(/parcours\.config\.yaml:\d+:3 error unknown-field[\s\S]*Did you mean `dead-end`\?/);
  });

  it('refuses to silence an error code', async () => {
    await appendFile(join(root, 'parcours.config.yaml'), 'rules:\n  unknown-persona: off\n');
    expect((await problems()).codes.get('unknown-field')).toEqual(['error']);
  });
});

describe('validate --max-warnings and the count per code', () => {
  it('fails above the number of warnings allowed, and passes at it', async () => {
    const { codes } = await problems();
    const warnings = [...codes.values()].flat().length;
    const over = memoryIo(root);
    expect(await main(['validate', '--max-warnings', String(warnings - 1)], over)).toBe(1);
    // In the content's language (French here), or the one --lang asks for.
    expect(over.err()).toBe(`parcours validate : ${warnings} avertissements, plus que ne le permet --max-warnings ${warnings - 1}.\n`);
    const english = memoryIo(root);
    expect(await main(['validate', '--lang', 'en', '--max-warnings', String(warnings - 1)], english)).toBe(1);
    expect(english.err()).toBe(`parcours validate: ${warnings} warnings, more than --max-warnings ${warnings - 1} allows.\n`);
    expect(await main(['validate', '--max-warnings', String(warnings)], memoryIo(root))).toBe(0);
    await expect(main(['validate', '--max-warnings', 'many'], memoryIo(root))).resolves.toBe(2);
  });

  it('ends a long report with a count per code, most frequent first', async () => {
    const io = memoryIo(root);
    await main(['validate'], io);
    const counts = io.out().slice(io.out().lastIndexOf('By code:\n'));
    const rows = counts
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => /^ +(\d+) {2}(warning|error) +([a-z-]+)$/.exec(line)!);
    expect(rows.every(Boolean)).toBe(true);
    const numbers = rows.map((row) => Number(row[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const { codes } = await problems();
    expect(Object.fromEntries(rows.map((row) => [row[3], Number(row[1])]))).toEqual(
      Object.fromEntries([...codes].map(([code, list]) => [code, list.length])),
    );
  });
});
