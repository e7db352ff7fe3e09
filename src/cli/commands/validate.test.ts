import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bad = 'tests/bad-input/invalid-values';

describe('parcours validate', () => {
  it('exits 0 on the examples, which have no error', async () => {
    const io = memoryIo(repo);
    expect(await main(['validate', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toMatch(/^0 errors and \d+ warnings? in \d+ files?\.$/m);
  });

  it('exits 1 and prints path:line:col, the code and a code frame when the content has errors', async () => {
    const io = memoryIo(repo);
    expect(await main(['validate', '--root', bad, '--lang', 'en'], io)).toBe(1);
    expect(io.out()).toContain(`${bad}/journeys/achat.yaml:4:8 error invalid-value`);
    expect(io.out()).toMatch(/> {1,2}4 \| state: curent/);
  });

  it("speaks the content's language (lang, French by default) in pretty and github output, and English in json", async () => {
    const pretty = memoryIo(repo);
    expect(await main(['validate', '--root', bad], pretty)).toBe(1);
    expect(pretty.out()).toContain(`${bad}/journeys/achat.yaml:4:8 erreur invalid-value`);
    expect(pretty.out()).toMatch(/^ {2}conseil : /m);
    expect(pretty.out()).not.toMatch(/^ {2}hint: /m);
    const github = memoryIo(repo);
    await main(['validate', '--root', bad, '--format', 'github'], github);
    const english = memoryIo(repo);
    await main(['validate', '--root', bad, '--format', 'github', '--lang', 'en'], english);
    const [french, englishLines] = [github.out().split('\n'), english.out().split('\n')];
    expect(french.length).toBe(englishLines.length);
    // Same annotations at the same places, each written in its language.
    expect(french.map((line) => line.split('::')[1])).toEqual(englishLines.map((line) => line.split('::')[1]));
    expect(french).not.toEqual(englishLines);
    const json = memoryIo(repo);
    await main(['validate', '--root', bad, '--format', 'json', '--lang', 'fr'], json);
    const { problems } = JSON.parse(json.out()) as { problems: { message: string }[] };
    expect(problems.map((problem) => problem.message)).toContain('`title` of the journey is empty; it needs some text.');
    expect(await main(['validate', '--lang', 'de'], memoryIo(repo))).toBe(2);
  });

  it('prints json with the documented keys, paths relative to the root', async () => {
    const io = memoryIo(repo);
    expect(await main(['validate', '--root', bad, '--format', 'json'], io)).toBe(1);
    const { problems } = JSON.parse(io.out()) as { problems: Record<string, unknown>[] };
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toEqual(
        expect.objectContaining({
          file: 'journeys/achat.yaml',
          line: expect.any(Number),
          column: expect.any(Number),
          severity: 'error',
          code: expect.any(String),
          message: expect.any(String),
        }),
      );
    }
  });

  it('prints github annotations with paths from the current directory', async () => {
    const io = memoryIo(repo);
    expect(await main(['validate', '--root', bad, '--format', 'github'], io)).toBe(1);
    const lines = io.out().trimEnd().split('\n');
    for (const line of lines)
      expect(line).toMatch(
        /^::(error|warning) file=tests\/bad-input\/invalid-values\/journeys\/achat\.yaml,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=parcours [a-z-]+::\S/,
      );
  });

  // emotion-rules has errors and warnings in one file, the warnings on lines above some errors.
  it.each(['pretty', 'json', 'github'])('lists errors before warnings in %s, each in the order of the file', async (format) => {
    const io = memoryIo(repo);
    await main(['validate', '--root', 'tests/bad-input/emotion-rules', '--format', format, '--lang', 'en'], io);
    const found =
      format === 'json'
        ? (JSON.parse(io.out()) as { problems: { severity: string; line: number }[] }).problems
        : [...io.out().matchAll(format === 'github' ? /^::(error|warning) [^:]*,line=(\d+)/gm : /^\S+:(\d+):\d+ (error|warning) /gm)].map(
            (match) =>
              format === 'github' ? { severity: match[1]!, line: Number(match[2]) } : { severity: match[2]!, line: Number(match[1]) },
          );
    const severities = found.map((problem) => problem.severity);
    expect(severities).toContain('warning');
    expect(severities).toEqual([...severities].sort()); // 'error' < 'warning'
    for (const severity of ['error', 'warning']) {
      const lines = found.filter((problem) => problem.severity === severity).map((problem) => problem.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
    const firstWarning = found.find((problem) => problem.severity === 'warning')!;
    expect(found.some((problem) => problem.severity === 'error' && problem.line > firstWarning.line)).toBe(true);
  });

  it.each([
    [['validate', '--format', 'xml'], /--format must be one of pretty, github, json/],
    [['validate', '--root', 'no/such/dir'], /does not exist/],
    [['validate', '--root', 'package.json'], /is not a directory/],
    [['validate', '--colour'], /Unknown option '--colour'/],
    [['validat'], /unknown command "validat"/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const io = memoryIo(repo);
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('runs as a program: exit code and no stack trace', () => {
    const run = spawnSync(process.execPath, ['bin/parcours.js', 'validate', '--root', 'tests/bad-input/malformed-yaml', '--lang', 'en'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('journeys/achat.yaml:3:1 error yaml-syntax');
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  });
});
