import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { endedProcessEntries, literal, removeEndedProcessDirs } from './ended-process-dirs.ts';

/**
 * Produces a new version of the directory `target` beside it, then swaps it into place: the
 * old one is renamed away, the new one renamed in, and the old one deleted. When `produce`
 * throws, the half-made directory is removed and `target` is left exactly as it was.
 * Working beside `target` keeps both on one file system, so each rename is atomic.
 *
 * A process killed meanwhile cannot remove anything: its directories stay beside `target`. Each
 * is named `.<target>.new-<pid>-XXXXXX` (or `.old-`) after the process that made it, so the next
 * call removes those of processes that have ended (see leftovers), while it produces its own.
 */
export async function replaceDir<T>(target: string, produce: (dir: string) => Promise<T>): Promise<T> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const fresh = await mkdtemp(join(parent, `.${basename(target)}.new-${process.pid}-`));
  const cleaning = removeEndedProcessDirs(parent, ownPattern(target));
  // mkdtemp makes the directory private (0700); a published site must be readable by servers.
  await chmod(fresh, 0o755);
  let result: T;
  try {
    result = await produce(fresh);
  } catch (error) {
    await Promise.all([cleaning, rm(fresh, { recursive: true, force: true })]);
    throw error;
  }
  await cleaning;
  const old = join(parent, basename(fresh).replace(/\.new-(\d+-\w+)$/, '.old-$1'));
  const hadTarget = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(fresh, target);
  } catch (error) {
    if (hadTarget) await rename(old, target);
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  if (hadTarget) await rm(old, { recursive: true, force: true });
  return result;
}

/**
 * The directories that earlier calls for `target` left beside it, given the names in its parent:
 * only this naming pattern for this target, and only those of a process that has ended (see
 * ended-process-dirs.ts); a live one may be a build of the same output still running.
 */
export function leftovers(target: string, names: string[], alive?: (pid: number) => boolean): string[] {
  return endedProcessEntries(names, ownPattern(target), alive);
}

function ownPattern(target: string): RegExp {
  return new RegExp(`^\\.${literal(basename(target))}\\.(?:new|old)-(\\d+)-[A-Za-z0-9]{6}$`);
}
