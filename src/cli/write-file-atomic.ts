import { randomBytes } from 'node:crypto';
import { link, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file exists and `overwrite` was false. */
export class FileExistsError extends Error {}

/**
 * Writes a file so that a reader sees either the old content or the new one, never half of it:
 * the text goes to a temporary file beside it, which then replaces it (rename is atomic on one
 * file system). An existing file keeps its permissions. Without `overwrite`, the temporary file
 * is linked to the target, which fails when the target exists, so no race can clobber a file
 * another process created in between.
 */
export async function writeFileAtomic(path: string, text: string, { overwrite }: { overwrite: boolean }): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = overwrite ? (await stat(path).catch(() => null))?.mode : undefined;
  try {
    await writeFile(temporary, text, { flag: 'wx', ...(mode !== undefined ? { mode: mode & 0o7777 } : {}) });
    if (overwrite) {
      await rename(temporary, path);
      return;
    }
    try {
      await link(temporary, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(`${path} already exists`);
      throw error;
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
