import { locate } from '../load/locate.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import { PROBLEM_CODES } from '../problem-codes.ts';
import type { Problem } from '../problem.ts';
import type { Finding } from '../validate/finding.ts';
import { cacheKey, type ContentCache } from './content-cache.ts';

/**
 * The findings of one file as problems, with line and column. Positions depend on the text and
 * the pointers alone, so with a cache they are kept under the file's key and the findings:
 * a file whose findings are the same as on an earlier run is not parsed for positions again.
 */
export function locateFindings(file: ParsedFile, findings: readonly Finding[], cache: ContentCache | undefined, fileKey: string | undefined): Problem[] {
  if (findings.length === 0) return [];
  const key = cache && fileKey && cacheKey(['located', fileKey, JSON.stringify(findings)]);
  const hit = key ? cache.get(key) : undefined;
  if (Array.isArray(hit) && hit.length === findings.length) return hit as Problem[];
  const located = findings.map((finding) => toProblem(finding, file));
  if (key) cache.set(key, located);
  return located;
}

/** One finding as a problem, located in its file. */
export function toProblem(finding: Finding, file: ParsedFile): Problem {
  const span = locate(file, finding.pointer, finding.target);
  return {
    code: finding.code,
    severity: finding.severity ?? PROBLEM_CODES[finding.code].severity,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
    file: finding.file,
    ...span,
    pointer: finding.pointer,
    ...(finding.params ? { params: finding.params } : {}),
  };
}
