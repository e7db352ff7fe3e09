import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { confinedRoot, confinePath, isInside, linkText, type ConfinedRoot } from '../core/load/confine-path.ts';
import { problem } from '../core/make-problem.ts';
import type { Problem } from '../core/problem.ts';

export interface ConfinePublicOptions {
  /** The output folder of a build: a link to a folder holding it would copy the build into itself. */
  outDir?: string;
}

/**
 * The problems of the symbolic links under the content root's `public/`, which Astro copies into
 * the site as their targets (and Vite's dev server serves the same way): a link that leads outside
 * the root (`file-link-outside`), or that loops or leads to a folder holding itself or the build's
 * output, which would be copied forever (`file-link-loop`). Links that stay inside, to files or
 * to other folders, are followed, and what they lead to is checked the same way. Nothing is read
 * from the files: only names and links.
 */
export async function confinePublic(root: string, options: ConfinePublicOptions = {}): Promise<Problem[]> {
  const confined = await confinedRoot(root);
  const problems: Problem[] = [];
  const folder = await confinePath(confined, 'public');
  if ('problem' in folder) return [folder.problem];
  if (!('real' in folder)) return problems;
  // The build writes beside the output folder (see replace-dir.ts), so the output's parent must not be copied either.
  const output = options.outDir === undefined ? undefined : await realParent(options.outDir);
  await walk(confined, 'public', folder.real, [folder.real], output, problems);
  return problems;
}

async function walk(
  root: ConfinedRoot,
  path: string,
  real: string,
  chain: string[],
  output: string | undefined,
  problems: Problem[],
): Promise<void> {
  const entries = await readdir(real, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const entryPath = `${path}/${entry.name}`;
    if (entry.isDirectory()) {
      await walk(root, entryPath, join(real, entry.name), [...chain, join(real, entry.name)], output, problems);
      continue;
    }
    if (!entry.isSymbolicLink()) continue;
    const target = await confinePath(root, entryPath);
    if ('problem' in target) {
      problems.push(target.problem);
      continue;
    }
    if (!('real' in target)) continue; // Dangling inside the root: nothing to copy.
    const info = await stat(target.real).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    const holdsLink = chain.some((folder) => isInside(target.real, folder));
    if (holdsLink || (output !== undefined && isInside(target.real, output))) {
      const text = await readlink(join(real, entry.name)).catch(() => '');
      problems.push(
        problem('file-link-loop', { file: entryPath }, { case: 'ancestor', link: linkText(text), holds: holdsLink ? 'link' : 'output' }),
      );
      continue;
    }
    await walk(root, entryPath, target.real, [...chain, target.real], output, problems);
  }
}

/** The real path of the folder that will hold `path`, resolving as much of it as exists. */
async function realParent(path: string): Promise<string> {
  const parent = dirname(path);
  let candidate = parent;
  for (;;) {
    try {
      return join(await realpath(candidate), parent.slice(candidate.length));
    } catch {
      const up = dirname(candidate);
      if (up === candidate) return parent;
      candidate = up;
    }
  }
}
