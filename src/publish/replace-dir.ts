import { chmod, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  const cleaning = removeLeftovers(target);
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
 * only this naming pattern for this target, and only those of a process that has ended. A live
 * process may be a build of the same output still running (its directory is in use), so its
 * directories stay; a pid taken again by an unrelated process keeps them until that one ends,
 * which errs on the safe side. The pid is the one thing that tells a directory in use from a
 * left-over one: age cannot (a history site takes minutes to build), and a lock file inside would
 * be part of the output. Pids are those of this machine: builds of one output on two machines
 * sharing a network folder are not told apart.
 */
export function leftovers(target: string, names: string[], alive: (pid: number) => boolean = processIsAlive): string[] {
  const own = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(?:new|old)-(\\d+)-[A-Za-z0-9]{6}$`);
  return names.filter((name) => {
    const pid = own.exec(name)?.[1];
    return pid !== undefined && !alive(Number(pid));
  });
}

async function removeLeftovers(target: string): Promise<void> {
  const parent = dirname(target);
  const names = await readdir(parent).catch(() => []);
  // force: a concurrent build may be removing the same directory.
  await Promise.all(leftovers(target, names).map((name) => rm(join(parent, name), { recursive: true, force: true })));
}

/** Whether a process of this machine has this id (its own, or another user's). */
export function processIsAlive(pid: number): boolean {
  try {
    // Signal 0 checks that the process exists without touching it.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
