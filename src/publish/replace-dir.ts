import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Produces a new version of the directory `target` beside it, then swaps it into place: the
 * old one is renamed away, the new one renamed in, and the old one deleted. When `produce`
 * throws, the half-made directory is removed and `target` is left exactly as it was.
 * Working beside `target` keeps both on one file system, so each rename is atomic.
 */
export async function replaceDir<T>(target: string, produce: (dir: string) => Promise<T>): Promise<T> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const fresh = await mkdtemp(join(parent, `.${basename(target)}.new-`));
  // mkdtemp makes the directory private (0700); a published site must be readable by servers.
  await chmod(fresh, 0o755);
  let result: T;
  try {
    result = await produce(fresh);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  const old = `${fresh.replace(/\.new-/, '.old-')}`;
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
