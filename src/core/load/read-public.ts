import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every file under the content's public/ folder (what the site serves as is), by path relative
 * to it with "/" separators, with its size in bytes: media attachments are checked against it.
 * No public/ folder gives an empty map, so a local media link there is reported as missing.
 */
export async function readPublicFiles(root: string): Promise<Map<string, number>> {
  const folder = join(root, 'public');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, number>();
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        const size = await stat(path)
          .then((info) => info.size)
          .catch(() => undefined);
        if (size !== undefined) files.set(relative(folder, path).split(sep).join('/'), size);
      }),
  );
  return files;
}
