import { constants } from 'node:fs';
import { lstat, open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../problem.ts';
import { problem } from '../make-problem.ts';

/**
 * Content arrives through pull requests and is built on CI runners whose logs and sites are public,
 * and Git stores symbolic links: a link in the content could make Parcours print or publish a file
 * of the runner. Every path of the content is therefore resolved and kept inside the content root.
 * A link that stays inside keeps working (a persona file shared between folders).
 */

/** A content root with its real path, against which every path under it is checked. */
export interface ConfinedRoot {
  path: string;
  real: string;
}

export async function confinedRoot(root: string): Promise<ConfinedRoot> {
  return { path: root, real: await realpath(root) };
}

export type Confined = { real: string } | { problem: Problem } | { missing: true };

/**
 * Where `path` (relative to the root, with `/`) really is, when it is inside the root; a
 * `file-link-outside` or `file-link-loop` problem at the link on the way that escapes or loops,
 * saying what the link says (never reading what it points to); or `missing` when nothing is there.
 */
export async function confinePath(root: ConfinedRoot, path: string): Promise<Confined> {
  let real: string;
  try {
    real = await realpath(join(root.path, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: (await findLink(root, path)) ?? loopProblem(path, undefined) };
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A dangling link: its target may appear later, outside; say so now rather than when it does.
      const link = await findLink(root, path);
      return link ? { problem: link } : { missing: true };
    }
    throw error;
  }
  if (isContent(root, real)) return { real };
  return { problem: (await findLink(root, path)) ?? outsideProblem(path, undefined, isInside(root.real, real)) };
}

/**
 * Opens a file of the content for reading once `confinePath` found it inside the root. The real
 * path is opened without following a link in its last part, and the opened file is then checked
 * to be the one that was resolved, so a link swapped in between (a race) is not followed either.
 */
export async function openConfined(
  root: ConfinedRoot,
  path: string,
): Promise<{ handle: FileHandle } | { problem: Problem } | { missing: true }> {
  const confined = await confinePath(root, path);
  if (!('real' in confined)) return confined;
  const checked = await lstat(confined.real);
  // O_NONBLOCK: a FIFO named like a YAML file must not block the open; regular files ignore it.
  const handle = await open(confined.real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (opened.dev !== checked.dev || opened.ino !== checked.ino || !(await openedInside(root, handle))) {
      await handle.close();
      return { problem: outsideProblem(path, undefined) };
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { handle };
}

/** On Linux the kernel names the file a descriptor holds: that name must be inside the root too. */
async function openedInside(root: ConfinedRoot, handle: FileHandle): Promise<boolean> {
  let opened: string;
  try {
    opened = await readlink(`/proc/self/fd/${handle.fd}`);
  } catch {
    return true; // No /proc (macOS, Windows): the device and inode comparison above stands alone.
  }
  return !isAbsolute(opened) || isContent(root, opened);
}

/**
 * Whether a real path is content of the root: under it, and not in `.git/`, which holds the
 * repository's settings (actions/checkout leaves the CI token in .git/config) and is never content.
 */
function isContent(root: ConfinedRoot, real: string): boolean {
  return isInside(root.real, real) && !isInside(join(root.real, '.git'), real);
}

/** Whether `path` (a real path) is `root` or under it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The problem of the first symbolic link on the way to `path` that loops or leads outside the
 * root, found by walking the path one part at a time; undefined when no link on the way does.
 */
async function findLink(root: ConfinedRoot, path: string): Promise<Problem | undefined> {
  const parts = path.split('/');
  for (let index = 1; index <= parts.length; index++) {
    const prefix = parts.slice(0, index).join('/');
    const absolute = join(root.path, prefix);
    const info = await lstat(absolute).catch(() => undefined);
    if (!info?.isSymbolicLink()) {
      if (info === undefined) return undefined;
      continue;
    }
    const text = await readlink(absolute).catch(() => '');
    try {
      const real = await realpath(absolute);
      if (!isContent(root, real)) return outsideProblem(prefix, text, isInside(root.real, real));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return loopProblem(prefix, text);
      // Dangling: judge by where the text points from the link's own (real) folder.
      const folder = await realpath(dirname(absolute)).catch(() => root.real);
      const target = resolve(folder, text);
      if (!isContent(root, target)) return outsideProblem(prefix, text, isInside(root.real, target));
      return undefined;
    }
  }
  return undefined;
}

/** `intoGit`: the link stays under the root but leads into its .git folder. */
function outsideProblem(path: string, text: string | undefined, intoGit = false): Problem {
  return problem(
    'file-link-outside',
    { file: path },
    { into: intoGit ? 'git' : 'outside', ...(text === undefined ? {} : { link: linkText(text) }) },
  );
}

function loopProblem(path: string, text: string | undefined): Problem {
  return problem('file-link-loop', { file: path }, text === undefined ? {} : { link: linkText(text) });
}

/** The link text as written, with control characters shown escaped so it stays on one line. */
export function linkText(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
