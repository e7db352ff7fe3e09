import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeUtf8 } from '../load/decode-utf8.ts';
import { fileProblem } from '../load/file-problem.ts';
import { MAX_FILE_BYTES } from '../load/read-content.ts';
import type { Problem } from '../problem.ts';

/** A measured-data file as text. `path` is relative to the content root, with `/`. */
export interface DataSource {
  path: string;
  text: string;
}

/**
 * Reads every `data/*.csv` under `root`, in name order so later files win the same way on
 * every machine. A file that cannot be read becomes a problem; the others are still read.
 */
export async function readData(root: string): Promise<{ data: DataSource[]; problems: Problem[] }> {
  const data: DataSource[] = [];
  const problems: Problem[] = [];
  const names = await readdir(join(root, 'data'), { withFileTypes: true }).catch(() => []);
  for (const entry of names.filter((candidate) => candidate.isFile() && /\.csv$/i.test(candidate.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `data/${entry.name}`;
    try {
      const bytes = await readFile(join(root, path));
      if (bytes.length > MAX_FILE_BYTES) {
        problems.push(fileProblem('file-too-large', path, `${path} is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB a data file may hold.`, 'Split it by year or by journey.'));
        continue;
      }
      // The kind only travels with the text; data files are read as CSV, never as YAML.
      const decoded = decodeUtf8(path, 'config', bytes);
      if ('problem' in decoded) problems.push(decoded.problem);
      else data.push({ path, text: decoded.source.text });
    } catch (error) {
      problems.push(fileProblem('file-unreadable', path, `${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`));
    }
  }
  return { data, problems };
}
