import { decodeUtf8 } from '../load/decode-utf8.ts';
import type { ReadResult } from '../load/read-content.ts';
import type { DataSource } from '../data/read-data.ts';
import { CONTENT_PATHSPECS, contentKind, DATA_DIR, isDataName } from '../load/content-paths.ts';
import { readBlobs, runGit } from './git.ts';
import { GIT_LINK_MODE, linkInRevision } from './link-in-revision.ts';

/** A revision to read content from: a commit-ish, and the content root at it relative to the repository's top. */
export interface RevisionSpec {
  rev: string;
  /** Content root inside the repository, "" for its top, with a trailing "/" otherwise. */
  dir: string;
}

/** Thrown when a revision does not name a commit: the CLI turns it into a usage error. */
export class UnknownRevisionError extends Error {
  readonly rev: string;
  constructor(rev: string, detail: string) {
    super(`"${rev}" is not a commit of the repository${detail ? ` (${detail})` : ''}.`);
    this.rev = rev;
  }
}

/**
 * The repository's top and `root`'s place in it, or null when `root` is not inside a Git
 * work tree (or git is missing).
 */
export async function locateRepository(root: string): Promise<{ top: string; prefix: string } | null> {
  const result = await runGit(root, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (result.code !== 0) return null;
  const [top = '', prefix = ''] = result.stdout.toString('utf8').split('\n');
  return { top, prefix };
}

/** A revision's content: its YAML sources, and its measured data (`data/*.csv`) as checkProject reads them. */
export interface RevisionRead extends ReadResult {
  data: DataSource[];
}

/** True for `data/<name>.csv`, a measured-data file of the content root. */
function isDataPath(path: string): boolean {
  return path.startsWith(`${DATA_DIR}/`) && isDataName(path.slice(DATA_DIR.length + 1));
}

/**
 * Reads the content (config, journeys, personas, data/*.csv) of several revisions, with a
 * constant number of git processes: one rev-parse per revision, one ls-tree per revision,
 * and one cat-file for every blob of all of them. A file that is a symbolic link at a revision
 * becomes a `file-link-in-revision` problem. Paths are relative to each content root.
 */
export async function readRevisions(top: string, specs: readonly RevisionSpec[]): Promise<RevisionRead[]> {
  const commits: string[] = [];
  for (const spec of specs) {
    const verified = await runGit(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec.rev}^{commit}`]);
    if (verified.code !== 0) throw new UnknownRevisionError(spec.rev, verified.stderr.trim());
    commits.push(verified.stdout.toString('utf8').trim());
  }
  const listings = await Promise.all(
    specs.map(async (spec, index) => {
      const pathspecs = [...CONTENT_PATHSPECS, DATA_DIR].map((path) => `${spec.dir}${path}`);
      const listed = await runGit(top, ['ls-tree', '-r', '-z', '--full-tree', commits[index]!, '--', ...pathspecs]);
      if (listed.code !== 0) throw new Error(`git ls-tree failed: ${listed.stderr.trim()}`);
      // "<mode> <type> <object>\t<path>": the mode tells a symbolic link (120000) from a file.
      const links = new Set<string>();
      const paths = listed.stdout
        .toString('utf8')
        .split('\u0000')
        .flatMap((line) => {
          const tab = line.indexOf('\t');
          const path = line.slice(tab + 1);
          if (tab === -1 || !path.startsWith(spec.dir)) return [];
          if (line.startsWith(`${GIT_LINK_MODE} `)) links.add(path.slice(spec.dir.length));
          return [path.slice(spec.dir.length)];
        })
        .filter((path) => contentKind(path) !== null || isDataPath(path))
        .sort();
      return { paths, links };
    }),
  );
  const names = listings.flatMap(({ paths }, index) => paths.map((path) => `${commits[index]}:${specs[index]!.dir}${path}`));
  const blobs = await readBlobs(top, names);
  let next = 0;
  return listings.map(({ paths, links }) => {
    const result: RevisionRead = { sources: [], problems: [], data: [] };
    for (const path of paths) {
      const blob = blobs[next++];
      if (links.has(path)) {
        // Its blob is the link's text: shown as a link, never parsed nor followed.
        result.problems.push(linkInRevision(path, blob ?? null));
        continue;
      }
      if (!blob) continue; // A submodule or symlink named like a YAML file: not content.
      const kind = contentKind(path);
      // The kind only travels with the text; data files are read as CSV, never as YAML (as readData does).
      const decoded = decodeUtf8(path, kind ?? 'config', blob);
      if ('problem' in decoded) result.problems.push(decoded.problem);
      else if (kind === null) result.data.push({ path, text: decoded.source.text });
      else {
        result.sources.push(decoded.source);
        if (decoded.warning) result.problems.push(decoded.warning);
      }
    }
    return result;
  });
}
