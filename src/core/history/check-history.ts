import type { ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import type { Change } from '../diff/change.ts';
import { diffJourney } from '../diff/diff-journey.ts';
import { diffPersona } from '../diff/diff-persona.ts';
import { locateChanges } from '../diff/locate-changes.ts';
import type { JourneyModel, PersonaModel } from '../model/project.ts';
import type { ProblemCode } from '../problem-codes.ts';
import type { Problem } from '../problem.ts';
import { checkFingerprint } from '../check/check-fingerprint.ts';
import { checkSources } from '../check/check-sources.ts';
import { blobId, cacheKey, type ContentCache } from '../check/content-cache.ts';
import { historyPack } from './history-pack.ts';
import { cachedRevisionParser } from './parse-revision-cached.ts';
import type { FileRevision, RepositoryHistory } from './read-history.ts';

/** A revision with its own problems, its model when it validates, and what changed since the revision before it. */
export interface CheckedRevision extends Omit<FileRevision, 'text' | 'problem' | 'config'> {
  text?: string;
  problems: Problem[];
  journey?: JourneyModel;
  persona?: PersonaModel;
  /** The commit this revision is compared with: the nearest older revision that validates. */
  base?: string;
  changes: Change[];
  warnings: number;
}

export interface CheckedFileHistory {
  /** The file's id now (its name without extension). */
  id: string;
  path: string;
  kind: 'journey' | 'persona';
  revisions: CheckedRevision[];
  omitted: number;
  truncated: boolean;
}

/**
 * Codes that depend on other files of the same commit (does persona X exist then?). Each revision
 * is checked on its own with its commit's config: checking the whole tree at every revision
 * would parse files × revisions files instead of revisions, for problems that belong to other
 * files anyway. So these codes are left out of a revision's problems.
 */
export const CROSS_FILE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'unknown-persona',
  'unknown-journey',
  'target-of-invalid',
  'persona-unused',
]);

export interface CheckHistoryOptions {
  /**
   * Add line and column to each change's locations. Off by default: the pointers say where a
   * change is, and lines cost a second parse of every revision (the check keeps no positions).
   */
  lines?: boolean;
  /** The content cache (check/content-cache.ts): a revision's text met before is not read again. */
  cache?: ContentCache;
}

/**
 * Checks every kept revision of every journey and persona and compares each with the nearest
 * older one that validates. An invalid revision keeps its problems and no model; it never throws.
 * Files are handled one at a time: a file's revisions share one parser that reads each distinct
 * block of text once (parse-revision-cached.ts), dropped when the next file starts.
 */
export function checkHistory(history: RepositoryHistory, options: CheckHistoryOptions = {}): CheckedFileHistory[] {
  const checked: CheckedFileHistory[] = [];
  for (const file of history.files) {
    if (file.kind === 'config') continue;
    const kind = file.kind;
    const oldestFirst = [...file.revisions].reverse();
    const parse = cachedRevisionParser();
    // With lines, changes are located in the parsed files, which a revision kept in the cache has not.
    const cache = options.lines || !options.cache ? undefined : historyPack(options.cache, file.path, kind);
    let base = file.previous ? checkRevision(file.previous, kind, parse, cache) : undefined;
    const revisions: CheckedRevision[] = [];
    oldestFirst.forEach((revision, index) => {
      const current = checkRevision(revision, kind, parse, cache);
      const comparable = base?.model !== undefined || (index === 0 && !file.previous && !file.truncated);
      let changes: Change[] = [];
      if (current.model && comparable) {
        const diff = () =>
          kind === 'journey'
            ? diffJourney(base?.model as JourneyModel | undefined, current.model as JourneyModel)
            : diffPersona(base?.model as PersonaModel | undefined, current.model as PersonaModel);
        if (options.lines) changes = locateChanges(diff(), base?.files ?? new Map(), current.files);
        else
          changes = cachedChanges(
            cache,
            current.key && (!base || base.key) ? cacheKey(['changes', base?.key ?? 'none', current.key]) : undefined,
            diff,
          );
      }
      const { config: _config, problem: _problem, ...info } = revision;
      revisions.push({
        ...info,
        problems: current.problems,
        ...(current.model ? { [kind]: current.model } : {}),
        ...(current.model && base?.model ? { base: base.commit } : {}),
        changes,
        warnings: changes.filter((change) => change.level === 'warn').length,
      });
      if (current.model) base = current;
    });
    cache?.save();
    checked.push({
      id: stemOf(file.path),
      path: file.path,
      kind,
      revisions: revisions.reverse(),
      omitted: file.omitted,
      truncated: file.truncated,
    });
  }
  return checked;
}

interface RevisionCheck {
  commit: string;
  problems: Problem[];
  model?: JourneyModel | PersonaModel;
  files: Map<string, ParsedFile>;
  /** Its key in the content cache, when it went through one: what its changes are keyed by. */
  key?: string;
}

/** What the cache keeps of a revision's check. */
interface CachedRevision {
  problems: Problem[];
  model?: JourneyModel | PersonaModel;
}

/**
 * A revision checked, or taken from the cache: its check depends on its text, kind and path, its
 * commit's config and date, and the version of the check (checkFingerprint), which its key names.
 * A warm history build then checks none of the thousands of revisions it shows again (a CPU
 * profile of 5,000 revisions put 8 s in checking them again from cached file entries).
 */
function checkRevision(
  revision: FileRevision,
  kind: 'journey' | 'persona',
  parse: (source: SourceFile) => ParsedFile,
  cache: ContentCache | undefined,
): RevisionCheck {
  if (!cache || revision.text === undefined) return checkRevisionText(revision, kind, parse, cache);
  // Git's blob ids when the revision came from Git: its texts are not hashed again.
  const config = revision.config ? [revision.config.path, revision.config.blob ?? blobId(revision.config.text)] : ['no config'];
  const key = cacheKey([
    'revision',
    revision.blob ?? blobId(revision.text),
    kind,
    revision.path,
    ...config,
    revision.date,
    checkFingerprint(),
  ]);
  const hit = cache.get(key) as Partial<CachedRevision> | undefined;
  if (hit && Array.isArray(hit.problems))
    return { commit: revision.commit, problems: hit.problems, ...(hit.model ? { model: hit.model } : {}), files: new Map(), key };
  // Not through the cache's file entries: this entry stands for them, and writing them too was a
  // third of a cold history check's time.
  const checked = checkRevisionText(revision, kind, parse, undefined);
  cache.set(key, { problems: checked.problems, ...(checked.model ? { model: checked.model } : {}) } satisfies CachedRevision);
  return { ...checked, key };
}

/** The changes between two checked revisions, kept in the cache under both their keys. */
function cachedChanges(cache: ContentCache | undefined, key: string | undefined, diff: () => Change[]): Change[] {
  const hit = key ? cache?.get(key) : undefined;
  if (Array.isArray(hit)) return hit as Change[];
  const changes = diff();
  if (key) cache?.set(key, changes);
  return changes;
}

function checkRevisionText(
  revision: FileRevision,
  kind: 'journey' | 'persona',
  parse: (source: SourceFile) => ParsedFile,
  cache: ContentCache | undefined,
): RevisionCheck {
  if (revision.text === undefined)
    return { commit: revision.commit, problems: revision.problem ? [revision.problem] : [], files: new Map() };
  const sources: SourceFile[] = [{ path: revision.path, kind, text: revision.text }];
  if (revision.config) sources.unshift({ path: revision.config.path, kind: 'config', text: revision.config.text });
  // Review ages count from the commit's date, so an old revision is judged as it stood then.
  const result = checkSources(sources, { now: new Date(revision.date), parse, ...(cache ? { cache } : {}) });
  const model = kind === 'journey' ? result.project.journeys[0] : result.project.personas[0];
  return {
    commit: revision.commit,
    problems: result.problems.filter((problem) => problem.file === revision.path && !CROSS_FILE_CODES.has(problem.code)),
    ...(model ? { model } : {}),
    files: result.files,
  };
}

function stemOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
}
