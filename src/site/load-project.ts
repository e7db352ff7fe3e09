import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../core/index.ts';
import { countBySeverity } from '../core/problem.ts';
import { formatPretty } from '../core/report/format-pretty.ts';
import { handedCheck } from '../publish/checked-content.ts';
import { repoRoot, siteToday } from './content-root.ts';

let cached: { root: string; result: Promise<CheckResult> } | undefined;

/**
 * The checked content of `root`, read once per build and shared by every page. In `astro dev`
 * (`reread`), it is read again on each call so an edited YAML file shows on the next reload.
 * Throws when the content has errors, with every problem formatted as `validate` prints it, so
 * the build fails with the same `file:line:col code message` lines.
 */
export function loadProject(root: string, options: { reread?: boolean } = {}): Promise<CheckResult> {
  if (options.reread || cached?.root !== root) {
    // `parcours build` has checked the content already (with the same day).
    const handed = options.reread ? undefined : handedCheck(root);
    cached = { root, result: handed ? Promise.resolve(handed) : check(root) };
  }
  return cached.result;
}

async function check(root: string): Promise<CheckResult> {
  // The core reads its schemas beside its own files and resolves its dependencies from there, so it
  // runs from src/core (Node strips the types), not from Astro's bundle, wherever the output goes.
  const core = pathToFileURL(join(repoRoot(), 'src/core/check-project.ts')).href;
  const { checkProject } = (await import(/* @vite-ignore */ core)) as typeof import('../core/check-project.ts');
  const { openProjectCache } = (await import(/* @vite-ignore */ pathToFileURL(join(repoRoot(), 'src/core/check/cache-dir.ts')).href)) as typeof import('../core/check/cache-dir.ts');
  const result = await checkProject(root, { now: new Date(`${siteToday()}T00:00:00Z`), cache: openProjectCache(root) });
  if (countBySeverity(result.problems).errors > 0) {
    const texts = new Map([...result.files].map(([path, parsed]) => [path, parsed.source.text]));
    throw new ContentError(`The content under ${root} has errors:\n\n${formatPretty(result.problems, { texts, color: false, displayPath: (file) => relative(process.cwd(), resolve(root, file)) })}`);
  }
  return result;
}

/** Invalid content: the message is the full problem report. */
export class ContentError extends Error {
  override name = 'ContentError';
}
