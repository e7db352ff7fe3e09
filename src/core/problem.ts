import type { ProblemCode, Severity } from './problem-codes.ts';

export type { Severity } from './problem-codes.ts';

/**
 * What a problem is about, as data: ids with the names the file gives them (`step`, `stepName`),
 * numbers, dates. Every message is written from these by the catalogue of a language
 * (src/core/messages/); `message` and `hint` are the English ones, which the JSON formats print.
 */
export type ProblemParams = { readonly [name: string]: string | number | readonly string[] };

/**
 * One error or warning about the content, whatever found it (the YAML parser, the schema, a
 * cross-file rule). Positions are 1-based; `file` is relative to the content root.
 */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** What happened and why, as a sentence a person understands. */
  message: string;
  /** What to do about it, when there is something to say. */
  hint?: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** JSON pointer to the offending value in the file's data ("" for the whole file). */
  pointer: string;
  /** What the problem is about, as data: what its message is written from, in any language. */
  params?: ProblemParams;
}

/**
 * The one order of every list a person reads, problems and changes alike: the severe ones first
 * (errors, or changes that may hurt the customer), then the rest, each group in the order given.
 * A person stops reading after the first screen; an error below seven warnings goes unseen.
 */
export function severestFirst<T>(items: readonly T[], isSevere: (item: T) => boolean): T[] {
  return [...items.filter(isSevere), ...items.filter((item) => !isSevere(item))];
}

/** Sorts problems in place, errors first (severestFirst), then by file, position and code, so every output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const ordered = severestFirst(problems, (problem) => problem.severity === 'error');
  problems.splice(0, problems.length, ...ordered);
  return problems;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
