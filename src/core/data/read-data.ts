import { readdir } from 'node:fs/promises';
import { confinedRoot, confinePath, openConfined } from '../load/confine-path.ts';
import { DATA_DIR, isDataName } from '../load/content-paths.ts';
import { decodeUtf8 } from '../load/decode-utf8.ts';
import { MAX_FILE_BYTES } from '../load/read-content.ts';
import { problem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A measured-data file as text. `path` is relative to the content root, with `/`. */
export interface DataSource {
  path: string;
  text: string;
}

/**
 * Reads every `data/*.csv` under `root`, in name order so later files win the same way on
 * every machine. A file that cannot be read becomes a problem; the others are still read. A
 * symbolic link that leads outside the root or loops is a problem and is not followed.
 */
export async function readData(root: string): Promise<{ data: DataSource[]; problems: Problem[] }> {
  const data: DataSource[] = [];
  const problems: Problem[] = [];
  const confined = await confinedRoot(root);
  const folder = await confinePath(confined, DATA_DIR);
  if ('problem' in folder) return { data, problems: [folder.problem] };
  if (!('real' in folder)) return { data, problems };
  const names = await readdir(folder.real, { withFileTypes: true }).catch(() => []);
  // Links are listed too: openConfined follows those that stay inside and refuses the others.
  const csvs = names
    .filter((candidate) => (candidate.isFile() || candidate.isSymbolicLink()) && isDataName(candidate.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of csvs) {
    const path = `${DATA_DIR}/${entry.name}`;
    try {
      const opened = await openConfined(confined, path);
      if ('problem' in opened) {
        problems.push(opened.problem);
        continue;
      }
      if ('missing' in opened) throw Object.assign(new Error(path), { code: 'ENOENT' });
      let bytes: Buffer;
      try {
        const info = await opened.handle.stat();
        if (!info.isFile()) continue;
        if (info.size > MAX_FILE_BYTES) {
          problems.push(problem('file-too-large', { file: path }, { limit: MAX_FILE_BYTES / 1024 / 1024 }));
          continue;
        }
        bytes = await opened.handle.readFile();
      } finally {
        await opened.handle.close();
      }
      // The kind only travels with the text; data files are read as CSV, never as YAML.
      const decoded = decodeUtf8(path, 'config', bytes);
      if ('problem' in decoded) problems.push(decoded.problem);
      else data.push({ path, text: decoded.source.text });
    } catch (error) {
      problems.push(problem('file-unreadable', { file: path }, { reason: (error as NodeJS.ErrnoException).code ?? 'unknown error' }));
    }
  }
  return { data, problems };
}
