import { describe, expect, it } from 'vitest';
import type { Problem } from '../problem.ts';
import { codeFrame } from './code-frame.ts';
import { formatGithub } from './format-github.ts';
import { formatJson } from './format-json.ts';
import { formatPretty } from './format-pretty.ts';

const problems: Problem[] = [
  {
    code: 'unknown-channel',
    severity: 'error',
    message: 'The channel `fax, 100%` is unknown:\nreally.',
    hint: 'Did you mean `phone`?',
    file: 'journeys/a,b.yaml',
    line: 2,
    column: 5,
    endLine: 2,
    endColumn: 8,
    pointer: '/x',
  },
  {
    code: 'persona-unused',
    severity: 'warning',
    message: 'No journey lists `lea`.',
    file: 'personas/lea.yaml',
    line: 1,
    column: 1,
    pointer: '',
  },
];

describe('formatters', () => {
  it('json keeps the contract keys first and parses back', () => {
    const parsed = JSON.parse(formatJson(problems)) as { problems: Record<string, unknown>[] };
    expect(parsed.problems).toHaveLength(2);
    expect(Object.keys(parsed.problems[0]!).slice(0, 6)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
    expect(parsed.problems[1]).toMatchObject({ file: 'personas/lea.yaml', severity: 'warning', code: 'persona-unused' });
  });

  it('github writes one escaped workflow command per problem', () => {
    const lines = formatGithub(problems).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=journeys\/a%2Cb\.yaml,line=2,col=5,endLine=2,endColumn=8,title=parcours unknown-channel::/);
    expect(lines[0]).toContain('`fax, 100%25` is unknown:%0Areally.');
    expect(lines[1]).toMatch(/^::warning file=personas\/lea\.yaml,line=1,col=1,title=parcours persona-unused::/);
  });

  it('pretty shows location, code, hint, code frame and a summary', () => {
    const out = formatPretty(problems, { texts: new Map([['journeys/a,b.yaml', 'id: a\ntp: fax\n']]) });
    expect(out).toContain('journeys/a,b.yaml:2:5 error unknown-channel');
    expect(out).toContain('hint: Did you mean `phone`?');
    expect(out).toContain('> 2 | tp: fax');
    expect(out).toContain('1 error and 1 warning in 2 files.');
    expect(out).not.toContain('\u001b[');
  });

  it('code frame underlines the span', () => {
    expect(codeFrame('a\nbb: ccc\nd', 2, 5, 2, 8)).toBe('  1 | a\n> 2 | bb: ccc\n    |     ^^^\n  3 | d');
  });
});
