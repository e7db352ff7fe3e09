import { readdir, stat } from 'node:fs/promises';
import type { Problem } from '../problem.ts';
import type { SourceFile, SourceKind } from './source-file.ts';
import { confinedRoot, confinePath, openConfined, type ConfinedRoot } from './confine-path.ts';
import { CONFIG_FILES, CONTENT_DIRS, isYamlName } from './content-paths.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { problem } from '../make-problem.ts';

/** Largest file Parcours reads: a 40-step journey is about 30 KB, so this leaves room and stops runaway files. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export type { SourceFile, SourceKind } from './source-file.ts';

export interface ReadResult {
  sources: SourceFile[];
  problems: Problem[];
}

/**
 * Reads every content file under `root`: parcours.config.yaml, journeys/*.yaml, personas/*.yaml.
 * A file that cannot be read becomes a problem and the others are still read. A symbolic link
 * (a file or a folder) that leads outside the root or loops is a problem and is not followed.
 * Throws only when `root` itself is not a readable directory (a usage error, not a content error).
 */
export async function readContent(root: string): Promise<ReadResult> {
  const rootStat = await stat(root);
  if (!rootStat.isDirectory()) throw new Error(`${root} is not a directory`);
  const sources: SourceFile[] = [];
  const problems: Problem[] = [];
  const entries: { path: string; kind: SourceKind }[] = [];
  const confined = await confinedRoot(root);

  for (const name of CONFIG_FILES) {
    const found = await confinePath(confined, name);
    if ('problem' in found) problems.push(found.problem);
    else if ('real' in found) entries.push({ path: name, kind: 'config' });
  }
  for (const [dir, kind] of CONTENT_DIRS) {
    const folder = await confinePath(confined, dir);
    if ('problem' in folder) problems.push(folder.problem);
    if (!('real' in folder)) continue; // A content root may have no personas/ yet: nothing to read there.
    let names: { name: string; isFile(): boolean; isDirectory(): boolean }[];
    try {
      names = await readdir(folder.real, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of names) {
      if (isYamlName(entry.name)) entries.push({ path: `${dir}/${entry.name}`, kind });
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : 1));

  // Files are small and many: reading them concurrently keeps the disk busy while YAML is parsed.
  const results = await Promise.all(entries.map((entry) => readSource(confined, entry.path, entry.kind)));
  for (const result of results) {
    if ('problem' in result) problems.push(result.problem);
    else {
      sources.push(result.source);
      if (result.warning) problems.push(result.warning);
    }
  }
  return { sources, problems };
}

/**
 * Reads one content file again, as readContent reads it, after a watcher saw it change (parcours
 * dev): `read` with that file's source and problems replaced, or dropped when it is gone.
 */
export async function rereadContentFile(root: string, read: ReadResult, path: string, kind: SourceKind): Promise<ReadResult> {
  const one = await readFound(await confinedRoot(root), path, kind);
  const sources = read.sources.filter((source) => source.path !== path);
  const problems = read.problems.filter((problem) => problem.file !== path);
  if ('problem' in one) problems.push(one.problem);
  else if ('source' in one) {
    sources.push(one.source);
    if (one.warning) problems.push(one.warning);
  }
  // Sources in readContent's order, by path, so that checking the result is checking a fresh read
  // (problems are sorted by the check).
  return { sources: sources.sort((a, b) => (a.path < b.path ? -1 : 1)), problems };
}

type ReadOne = { source: SourceFile; warning?: Problem } | { problem: Problem };

async function readSource(root: ConfinedRoot, path: string, kind: SourceKind): Promise<ReadOne> {
  const one = await readFound(root, path, kind);
  // Listed a moment ago, gone now: said as any other file that cannot be read.
  return 'missing' in one ? { problem: problem('file-unreadable', { file: path }, { reason: 'ENOENT' }) } : one;
}

async function readFound(root: ConfinedRoot, path: string, kind: SourceKind): Promise<ReadOne | { missing: true }> {
  let bytes: Buffer;
  try {
    const opened = await openConfined(root, path);
    if ('problem' in opened) return opened;
    if ('missing' in opened) return opened;
    const handle = opened.handle;
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        return {
          problem: problem('file-not-regular', { file: path }),
        };
      }
      if (info.size > MAX_FILE_BYTES) {
        return {
          problem: problem('file-too-large', { file: path }, { size: formatMiB(info.size), limit: formatMiB(MAX_FILE_BYTES) }),
        };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    return { problem: problem('file-unreadable', { file: path }, { reason }) };
  }
  return decodeUtf8(path, kind, bytes);
}

function formatMiB(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
