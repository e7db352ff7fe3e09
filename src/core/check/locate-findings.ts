import { locate, type Span } from '../load/locate.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import { problem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import type { Finding } from '../validate/finding.ts';
import { cacheKey, type ContentCache } from './content-cache.ts';

/**
 * The findings of one file as problems, with line and column. Positions depend on the text and
 * the pointers alone, so with a cache their spans are kept under the file's key and the findings:
 * a file whose findings are the same as on an earlier run is not parsed for positions again. Only
 * the spans are kept, four numbers a finding: the rest of a problem is the finding itself, and
 * keeping whole problems doubled what a cold check of 1,000 journeys wrote (17 MB of 46 MB).
 */
export function locateFindings(
  file: ParsedFile,
  findings: readonly Finding[],
  cache: ContentCache | undefined,
  fileKey: string | undefined,
): Problem[] {
  if (findings.length === 0) return [];
  const key = cache && fileKey && cacheKey(['located-spans', fileKey, JSON.stringify(findings)]);
  const hit = key ? cache.get(key) : undefined;
  if (isSpans(hit, findings.length)) {
    return findings.map((finding, index) =>
      asProblem(finding, {
        line: hit[4 * index]!,
        column: hit[4 * index + 1]!,
        endLine: hit[4 * index + 2]!,
        endColumn: hit[4 * index + 3]!,
      }),
    );
  }
  const spans = findings.map((finding) => locate(file, finding.pointer, finding.target));
  if (key)
    cache.set(
      key,
      spans.flatMap((span) => [span.line, span.column, span.endLine, span.endColumn]),
    );
  return findings.map((finding, index) => asProblem(finding, spans[index]!));
}

function isSpans(value: unknown, findings: number): value is number[] {
  return Array.isArray(value) && value.length === 4 * findings && value.every((number) => Number.isInteger(number));
}

/** One finding as a problem, located in its file. */
export function toProblem(finding: Finding, file: ParsedFile): Problem {
  return asProblem(finding, locate(file, finding.pointer, finding.target));
}

function asProblem(finding: Finding, span: Span): Problem {
  return problem(finding.code, { file: finding.file, ...span, pointer: finding.pointer }, finding.params, finding.severity);
}
