import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { UsageError } from './io.ts';

/**
 * Refuses an output directory that replacing would destroy something else: one that holds the
 * content, the site's sources or the current directory, a file, or a non-empty directory that
 * is not a built site (no index.html). `keep` lists the paths that must survive.
 */
export async function checkOutDir(command: string, outDir: string, keep: readonly string[]): Promise<void> {
  for (const path of keep) {
    const inside = relative(outDir, path);
    if (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) {
      throw new UsageError(
        `parcours ${command}: --out ${outDir} would replace ${path}; choose an output directory of its own, such as dist/.`,
      );
    }
  }
  const info = await stat(outDir).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new UsageError(`parcours ${command}: --out ${outDir} is a file, not a directory.`);
  const entries = await readdir(outDir);
  if (entries.length > 0 && !entries.includes('index.html')) {
    throw new UsageError(
      `parcours ${command}: --out ${outDir} is not empty and holds no index.html, so it does not look like a built site; refusing to replace it.`,
    );
  }
}
