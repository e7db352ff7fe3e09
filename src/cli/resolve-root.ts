import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './io.ts';

/** The content root from --root (relative to the current directory), checked to be a directory. */
export async function resolveRoot(command: string, cwd: string, root: string | undefined): Promise<string> {
  const path = resolve(cwd, root ?? '.');
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`parcours ${command}: the content root ${path} does not exist.`);
  if (!info.isDirectory()) throw new UsageError(`parcours ${command}: the content root ${path} is not a directory.`);
  return path;
}
