import { existsSync } from 'node:fs';
import { readData } from '../data/read-data.ts';
import { readContent, type ReadResult } from '../load/read-content.ts';
import { checkSchemaLines } from '../load/schema-line.ts';
import { readPublicFiles } from '../load/read-public.ts';
import { sortProblems } from '../problem.ts';
import { applyRuleLevels } from '../validate/apply-rule-levels.ts';
import { checkSources, type CheckOptions, type CheckResult } from './check-sources.ts';

/** What a check of a content root reads from the disk: its YAML content, its measured data and what public/ holds. */
export interface ProjectFiles {
  read: ReadResult;
  data: Awaited<ReturnType<typeof readData>>;
  /** Files under public/ and their sizes, which media attachments are checked against. */
  publicFiles: ReadonlyMap<string, number>;
}

/** Reads the content under `root` for checkProjectFiles. Throws only when `root` is not a readable directory. */
export async function readProject(root: string): Promise<ProjectFiles> {
  const [read, data, publicFiles] = await Promise.all([readContent(root), readData(root), readPublicFiles(root)]);
  return { read, data, publicFiles };
}

/**
 * Reads and checks the content under `root` (its YAML and its measured data): the entry point
 * the CLI and the site share. Throws only when `root` is not a readable directory.
 */
export async function checkProject(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  return checkProjectFiles(root, await readProject(root), options);
}

/** Checks the files of `root` already read (readProject; parcours dev keeps them and reads again only what changed). */
export function checkProjectFiles(
  root: string,
  { read, data: { data, problems: dataProblems }, publicFiles }: ProjectFiles,
  options: CheckOptions = {},
): CheckResult {
  const result = checkRead(read, { ...options, data, publicFiles });
  // Outside the per-file check (and its cache): whether a schema line resolves depends on the disk, not on the file's text.
  const schemaProblems = checkSchemaLines(root, read.sources, cachedExists());
  // Rule levels apply here, once every problem is known: the checks and the cache stay unaware of them.
  // Sorted after: a level may turn a warning into an error, which then goes first.
  result.problems = sortProblems(applyRuleLevels([...dataProblems, ...schemaProblems, ...result.problems], result.project.config.rules));
  return result;
}

/**
 * Checks content already read (readContent, or readRevisions for a Git revision): the
 * problems met while reading join the check's, and a file that could not be read counts as
 * missing for the rules that need every journey.
 */
export function checkRead(read: ReadResult, options: CheckOptions = {}): CheckResult {
  const unreadable = read.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file);
  const result = checkSources(read.sources, { ...options, unreadable });
  result.problems = sortProblems([...read.problems, ...result.problems]);
  return result;
}

/** `existsSync` remembered per path: the files of a project share a handful of schema targets. */
function cachedExists(): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    let found = known.get(path);
    if (found === undefined) known.set(path, (found = existsSync(path)));
    return found;
  };
}
