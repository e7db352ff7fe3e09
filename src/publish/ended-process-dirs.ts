import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Folders a process makes to work in and removes when it is done carry its process id in their
 * name, so that what a killed process left can be told from what a running one still uses. The
 * id is the one thing that tells them apart: a folder's age cannot (a history site takes minutes
 * to build), and a lock file inside would be part of what is made there. A live id keeps its
 * folders, even when it was taken again by an unrelated process: that errs on the safe side, and
 * they go once it ends. Ids are those of this machine: processes of two machines sharing a
 * network folder are not told apart.
 */
export function endedProcessEntries(names: readonly string[], pattern: RegExp, alive: (pid: number) => boolean = processIsAlive): string[] {
  return names.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && !alive(Number(pid));
  });
}

/** Removes the folders in `parent` whose name matches `pattern` (its first group a process id) and whose process has ended. */
export async function removeEndedProcessDirs(parent: string, pattern: RegExp): Promise<void> {
  const names = await readdir(parent).catch(() => []);
  // force: another process may be removing the same folder.
  await Promise.all(endedProcessEntries(names, pattern).map((name) => rm(join(parent, name), { recursive: true, force: true })));
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

/** `text` matched literally inside a pattern. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
