import { readData } from './data/read-data.ts';
import { readContent } from './load/read-content.ts';
import { sortProblems } from './problem.ts';
import { checkSources, type CheckOptions, type CheckResult } from './validate/check-sources.ts';

/**
 * Reads and checks the content under `root`: the one entry point the CLI and the site share.
 * Throws only when `root` is not a readable directory.
 */
export async function checkProject(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const [{ sources, problems: readProblems }, { data, problems: dataProblems }] = await Promise.all([readContent(root), readData(root)]);
  const result = checkSources(sources, { ...options, data, unreadable: readProblems.filter((problem) => problem.severity === 'error').map((problem) => problem.file) });
  result.problems = sortProblems([...readProblems, ...dataProblems, ...result.problems]);
  return result;
}
