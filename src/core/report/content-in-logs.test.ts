import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { diffProjects } from '../diff/diff-projects.ts';
import { baseJourney, stepOf } from '../diff/journey-cases.testing.ts';
import type { SourceFile } from '../load/read-content.ts';
import type { Problem } from '../problem.ts';
import { checkSources } from '../check/check-sources.ts';
import { codeFrame } from './code-frame.ts';
import { formatDiffGithub } from './format-diff-github.ts';
import { formatDiffMarkdown } from './format-diff-markdown.ts';
import { formatDiffPretty } from './format-diff-pretty.ts';
import { formatGithub } from './format-github.ts';
import { formatPretty } from './format-pretty.ts';

// Content arrives through pull requests; what Parcours prints from it lands in CI logs, where the
// GitHub Actions runner runs any line starting with `::` (after spaces) as a workflow command and
// splits lines at CR as well as LF, and in a pull-request comment, where @name pings people.
const INJECTED = 'Paie\n::add-mask::pwned\r::set-output name=leak::1 \u001b[2J';
const PINGS = 'Ping @alice and @acme/ops-team, fixes #12, GH-34, acme/web#56 and acme/web@abcdef1';

const fixture = (name: string) => readFileSync(new URL(`../diff/fixtures/${name}`, import.meta.url), 'utf8');
const now = new Date('2026-02-01');
const base: SourceFile[] = [
  { path: 'journeys/livraison.yaml', kind: 'journey', text: fixture('livraison.yaml') },
  { path: 'personas/amelie.yaml', kind: 'persona', text: fixture('amelie.yaml') },
  { path: 'personas/nadine.yaml', kind: 'persona', text: fixture('nadine.yaml') },
];

function diffWith(name: string) {
  const journey = baseJourney();
  stepOf(journey, 'paie').name = name;
  const head = [
    { ...base[0]!, text: stringify(journey) },
    base[1]!,
    base[2]!,
    { path: 'journeys/cassee.yaml', kind: 'journey' as const, text: `id: cassee\ntitle: [${name.replace(/\n/g, ' ')}\n` },
  ];
  return diffProjects(checkSources(base, { now }), checkSources(head, { now }));
}

/** Lines as the Actions runner reads them, trimmed of leading spaces as it does. */
const runnerLines = (output: string) => output.split(/\r\n|\r|\n/).map((line) => line.trimStart());

const problem: Problem = {
  code: 'unsafe-link',
  severity: 'error',
  message: `The link \`${INJECTED}\` is refused.`,
  hint: `Use \n::error::${INJECTED}`,
  file: 'journeys/a,b:\n::warning::x.yaml',
  line: 2,
  column: 1,
  pointer: '/x',
};

describe('content in logs cannot run workflow commands', () => {
  it('pretty: messages, hints, paths and code frames stay on their lines', () => {
    const out = formatPretty([problem], { texts: new Map([[problem.file, `id: a\nhref: x\r::add-mask::pwned\u001b[2J\n`]]) });
    for (const line of runnerLines(out)) expect(line.startsWith('::')).toBe(false);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Paie\\n::add-mask::pwned\\r::set-output');
    expect(codeFrame('a\r::add-mask::x\n', 1, 1)).toContain('a\\r::add-mask::x');
  });

  it('github: one command per problem, data and properties escaped as @actions/core does', () => {
    const lines = formatGithub([problem]).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(runnerLines(formatGithub([problem])).filter((line) => line.startsWith('::'))).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=journeys\/a%2Cb%3A%0A%3A%3Awarning%3A%3Ax\.yaml,line=2,col=1,title=parcours unsafe-link::/);
    expect(lines[0]).toContain('Paie%0A::add-mask::pwned%0D::set-output');
  });

  it('diff pretty and diff github: a renamed step cannot start a line', () => {
    const diff = diffWith(INJECTED);
    expect(diff.totals.changes).toBeGreaterThan(0);
    for (const line of runnerLines(formatDiffPretty(diff, { base: 'a', head: 'b' }))) expect(line.startsWith('::')).toBe(false);
    const github = formatDiffGithub(diff);
    expect(runnerLines(github).filter((line) => line.startsWith('::'))).toHaveLength(diff.totals.changes + diff.problems.after.length);
    expect(runnerLines(github).every((line) => line === '' || /^::(warning|notice|error) /.test(line))).toBe(true);
  });
});

describe('the pull-request comment pings nobody', () => {
  it('breaks @mentions, team mentions and issue references in content text, and reads the same without the zero-width spaces', () => {
    const markdown = formatDiffMarkdown(diffWith(PINGS), { base: 'origin/main', head: 'HEAD' });
    expect(markdown).toContain('Ping');
    // GitHub autolinks outside code spans and blocks only.
    const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(prose).not.toMatch(/@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/#\d/);
    expect(prose).not.toMatch(/\bGH-\d/i);
    expect(prose.replaceAll('\u200b', '')).toContain('Ping @alice and @acme/ops-team, fixes #12, GH-34, acme/web#56 and acme/web@abcdef1');
  });
});
