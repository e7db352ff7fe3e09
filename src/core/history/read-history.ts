import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeUtf8 } from '../load/decode-utf8.ts';
import type { SourceKind } from '../load/read-content.ts';
import type { Problem } from '../problem.ts';
import { CONTENT_PATHSPECS } from '../load/content-paths.ts';
import { readGitBlobs, runGit } from './git.ts';
import { GIT_LINK_MODE, linkInRevision } from './link-in-revision.ts';
import { LOG_FORMAT, parseLog, type LogCommit } from './parse-log.ts';
import { traceLineages, type FileEvent } from './trace-lineages.ts';
import { traceRemovals } from './trace-removals.ts';

/** Revisions kept per file when the config does not say. */
export const DEFAULT_REVISIONS = 20;

/** One commit's version of one file. */
export interface FileRevision {
  commit: string;
  /** Author date, ISO 8601. */
  date: string;
  author: string;
  message: string;
  /** The file's path at that commit, relative to the content root. */
  path: string;
  status: FileEvent['status'];
  previousPath?: string;
  /** The file's text, or undefined when it could not be read as UTF-8 (see `problem`). */
  text?: string;
  /** Git's id of the blob the text was read from, when read from Git: what the content cache keys it by. */
  blob?: string;
  problem?: Problem;
  /** The config file's text at that commit, when the content root had one. */
  config?: { path: string; text: string; blob?: string };
  /** The file was a symbolic link at that commit (Git mode 120000): it has a problem and no text. */
  link?: true;
}

/** The history of one current journey, persona or config file, newest revision first. */
export interface FileHistory {
  path: string;
  kind: SourceKind;
  revisions: FileRevision[];
  /** The revision just before the oldest kept one, to compare it with; absent when that one is the first. */
  previous?: FileRevision;
  /** Older revisions left out by the `revisions` limit. */
  omitted: number;
  /** The clone is shallow and cuts this file's history: its oldest revision here is not its first. */
  truncated: boolean;
}

export interface RepositoryHistory {
  /** False outside a Git repository or before the first commit: then `files` is empty. */
  available: boolean;
  /** The repository is a shallow clone (CI's default), so histories may be cut. */
  shallow: boolean;
  files: FileHistory[];
  /** Journeys and personas removed since (the newest `revisions` removals), each with its last text. */
  removals?: FileRemoval[];
}

/** A journey or persona file a commit removed, with its text just before (at the commit's first parent). */
export interface FileRemoval extends Omit<FileRevision, 'status' | 'previousPath' | 'link'> {
  kind: 'journey' | 'persona';
}

export interface HistoryOptions {
  /** Revisions kept per file (default 20); Infinity keeps them all. */
  revisions?: number;
}

const EMPTY: RepositoryHistory = { available: false, shallow: false, files: [] };

/**
 * Reads the history of every journey, persona and config file under `root` with three git
 * processes for the whole repository, whatever the number of files and revisions: rev-parse,
 * one `git log --raw -M` over the content paths (renames followed by traceLineages, modes telling
 * symbolic links apart),
 * and one `git cat-file --batch` fed every blob needed. Outside a repository, before the first
 * commit, or without git, the history is empty: it never fails a build.
 */
export async function readHistory(root: string, options: HistoryOptions = {}): Promise<RepositoryHistory> {
  const keep = options.revisions ?? DEFAULT_REVISIONS;
  const info = await runGit(root, ['rev-parse', '--is-shallow-repository', '--show-prefix', '--git-path', 'shallow']);
  if (info.code !== 0) return EMPTY;
  const [shallowFlag = 'false', prefix = '', shallowFile = ''] = info.stdout.toString('utf8').split('\n');
  const shallow = shallowFlag === 'true';
  const log = await runGit(root, [
    'log',
    '-z',
    '--raw',
    '-M',
    '--relative',
    '--topo-order',
    '--no-show-signature',
    `--format=${LOG_FORMAT}`,
    'HEAD',
    '--',
    ...CONTENT_PATHSPECS,
  ]);
  if (log.code !== 0) return { ...EMPTY, shallow }; // No commit yet.
  const commits = parseLog(log.stdout.toString('utf8'));
  const boundary = shallow ? await shallowCommits(resolve(root, shallowFile)) : new Set<string>();

  const lineages = traceLineages(commits);
  const configPaths = lineages.filter((lineage) => lineage.kind === 'config').map((lineage) => lineage.path);
  const files: FileHistory[] = lineages.map((lineage) => {
    const kept = lineage.events.slice(0, keep);
    const previous = lineage.events[kept.length];
    const oldest = lineage.events[lineage.events.length - 1]!;
    return {
      path: lineage.path,
      kind: lineage.kind,
      revisions: kept.map((event) => revisionOf(commits[event.commitIndex]!, event)),
      ...(previous ? { previous: revisionOf(commits[previous.commitIndex]!, previous) } : {}),
      omitted: lineage.events.length - kept.length,
      truncated: boundary.has(commits[oldest.commitIndex]!.commit),
    };
  });

  // One batch for every blob: each revision's file, the config at each commit that needs one, and
  // each removed file's last text with the config beside it.
  const revisions = files.flatMap((file) => (file.previous ? [...file.revisions, file.previous] : file.revisions));
  const commitsNeeded = [...new Set(revisions.map((revision) => revision.commit))];
  const removed = traceRemovals(commits).slice(0, keep);
  const names = [
    ...revisions.map((revision) => `${revision.commit}:${prefix}${revision.path}`),
    ...commitsNeeded.flatMap((commit) => configPaths.map((path) => `${commit}:${prefix}${path}`)),
    ...removed.flatMap((removal) => [
      `${removal.parent}:${prefix}${removal.path}`,
      ...configPaths.map((path) => `${removal.parent}:${prefix}${path}`),
    ]),
  ];
  const blobs = await readGitBlobs(root, names);
  const removalsStart = revisions.length + commitsNeeded.length * configPaths.length;
  const removals: FileRemoval[] = removed.map((removal, index) => {
    const commit = commits[removal.commitIndex]!;
    const at = removalsStart + index * (1 + configPaths.length);
    const result: FileRemoval = {
      commit: commit.commit,
      date: commit.date,
      author: commit.author,
      message: commit.message,
      path: removal.path,
      kind: removal.kind,
    };
    const configIndex = configPaths.findIndex((_, pathIndex) => blobs[at + 1 + pathIndex]);
    if (configIndex >= 0) result.config = { path: configPaths[configIndex]!, text: blobs[at + 1 + configIndex]!.bytes.toString('utf8') };
    const blob = blobs[at];
    if (blob) {
      const decoded = decodeUtf8(removal.path, removal.kind, blob.bytes);
      if ('problem' in decoded) result.problem = decoded.problem;
      else result.text = decoded.source.text;
    }
    return result;
  });
  const configAt = new Map<string, NonNullable<FileRevision['config']>>();
  commitsNeeded.forEach((commit, commitIndex) => {
    configPaths.forEach((path, pathIndex) => {
      const blob = blobs[revisions.length + commitIndex * configPaths.length + pathIndex];
      if (blob && !configAt.has(commit)) configAt.set(commit, { path, text: blob.bytes.toString('utf8'), blob: blob.id });
    });
  });
  revisions.forEach((revision, index) => {
    const blob = blobs[index];
    const config = configAt.get(revision.commit);
    if (config) revision.config = config;
    if (revision.link) {
      revision.problem = linkInRevision(revision.path, blob?.bytes ?? null);
      return;
    }
    if (!blob) return;
    const decoded = decodeUtf8(revision.path, 'journey', blob.bytes);
    if ('problem' in decoded) revision.problem = decoded.problem;
    else {
      revision.text = decoded.source.text;
      revision.blob = blob.id;
    }
  });
  return { available: true, shallow, files, removals };
}

function revisionOf(commit: LogCommit, event: FileEvent): FileRevision {
  return {
    commit: commit.commit,
    date: commit.date,
    author: commit.author,
    message: commit.message,
    path: event.path,
    status: event.status,
    ...(event.previousPath !== undefined ? { previousPath: event.previousPath } : {}),
    ...(event.mode === GIT_LINK_MODE ? { link: true as const } : {}),
  };
}

/** The commits a shallow clone cut below (listed in .git/shallow): a history reaching one of them is truncated. */
async function shallowCommits(path: string): Promise<Set<string>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return new Set(text.split('\n').filter(Boolean));
}
