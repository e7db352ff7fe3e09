import { describe, expect, it } from 'vitest';
import type { ProblemCode } from './problem-codes.ts';
import { severestFirst, sortProblems, type Problem } from './problem.ts';

function problem(file: string, line: number, severity: Problem['severity'], code: ProblemCode = 'yaml-syntax'): Problem {
  return { code, severity, message: 'm', file, line, column: 1, pointer: '' };
}

describe('the order of problems', () => {
  it('puts every error before every warning, each group by file and position', () => {
    const sorted = sortProblems([
      problem('b.yaml', 1, 'warning'),
      problem('b.yaml', 9, 'error'),
      problem('a.yaml', 5, 'warning'),
      problem('a.yaml', 7, 'error'),
      problem('a.yaml', 2, 'error'),
    ]);
    expect(sorted.map(({ file, line, severity }) => `${severity} ${file}:${line}`)).toEqual([
      'error a.yaml:2',
      'error a.yaml:7',
      'error b.yaml:9',
      'warning a.yaml:5',
      'warning b.yaml:1',
    ]);
  });

  it('keeps each group in its given order, for changes as for problems', () => {
    expect(severestFirst([1, 2, 3, 4, 5, 6], (n) => n % 3 === 0)).toEqual([3, 6, 1, 2, 4, 5]);
  });
});
