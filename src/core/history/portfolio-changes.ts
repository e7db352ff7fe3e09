import type { Change } from '../diff/change.ts';
import { ALL_PERSONAS, type JourneyModel, type PersonaModel } from '../model/project.ts';
import type { CheckedFileHistory, CheckedRevision } from './check-history.ts';
import type { CheckedRemoval } from './check-removals.ts';

/** What one commit changed in one journey or persona file. */
export interface FileChanges {
  kind: 'journey' | 'persona';
  /** The file's id now. */
  id: string;
  changes: Change[];
  /** The versions compared, newer first: what the change sentences name stages and steps from. */
  after?: JourneyModel | PersonaModel;
  before?: JourneyModel | PersonaModel;
  /** For a journey, its personas in either version: a persona filter keeps its changes. */
  personas: string[];
  /** The commit removed the file: it has no page nor revision page any more. */
  removed?: true;
}

/** One commit that changed content, across every journey and persona it touched. */
export interface CommitChanges {
  commit: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  /** YYYY-MM of `date`, in the author's time zone (as the day shown beside it). */
  month: string;
  author: string;
  message: string;
  /** Journeys first, then personas, each by id. */
  files: FileChanges[];
}

/**
 * Every commit that changed what the maps say, newest first, from the checked histories the site
 * already read (journeys and personas): a commit that only reformatted files, or whose files do
 * not validate, changed nothing for the customer and is left out. Each file's kept revisions are
 * those `history.revisions` keeps, so an old commit may list only the files whose history reaches
 * back to it. Commits of the same instant are ordered by id, so the order never depends on the
 * order files were read in.
 */
export function portfolioChanges(histories: readonly CheckedFileHistory[], removals: readonly CheckedRemoval[] = []): CommitChanges[] {
  const commits = new Map<string, CommitChanges>();
  const entryOf = (revision: { commit: string; date: string; author: string; message: string }) => {
    let entry = commits.get(revision.commit);
    if (!entry) {
      entry = {
        commit: revision.commit,
        date: revision.date,
        month: revision.date.slice(0, 7),
        author: revision.author,
        message: revision.message,
        files: [],
      };
      commits.set(revision.commit, entry);
    }
    return entry;
  };
  for (const history of histories) {
    const byCommit = new Map(history.revisions.map((revision) => [revision.commit, revision]));
    for (const revision of history.revisions) {
      if (revision.changes.length === 0) continue;
      const base = revision.base ? byCommit.get(revision.base) : undefined;
      entryOf(revision).files.push(fileChanges(history, revision, base));
    }
  }
  // Files removed since: their last version is the one compared, and nothing comes after it.
  for (const removal of removals) {
    const before = removal.journey ?? removal.persona;
    entryOf(removal).files.push({
      kind: removal.kind,
      id: removal.id,
      changes: removal.changes,
      ...(before ? { before } : {}),
      personas: removal.journey?.personas ?? [],
      removed: true,
    });
  }
  for (const entry of commits.values())
    entry.files.sort((a, b) => (a.kind === b.kind ? compare(a.id, b.id) : a.kind === 'journey' ? -1 : 1));
  return [...commits.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || compare(a.commit, b.commit));
}

function fileChanges(history: CheckedFileHistory, revision: CheckedRevision, base: CheckedRevision | undefined): FileChanges {
  const after = revision.journey ?? revision.persona;
  const before = base?.journey ?? base?.persona;
  const personas =
    history.kind === 'journey' ? [...new Set([...(revision.journey?.personas ?? []), ...(base?.journey?.personas ?? [])])] : [];
  return {
    kind: history.kind,
    id: history.id,
    changes: revision.changes,
    ...(after ? { after } : {}),
    ...(before ? { before } : {}),
    personas,
  };
}

/** Which changes a reader asked for: every one, those of one journey or persona, warnings only. */
export interface ChangeFilter {
  journey?: string;
  persona?: string;
  /** `warn` keeps only what may hurt the customer. */
  level?: 'warn';
}

/**
 * The commits and changes a filter keeps; commits left without a change are dropped. A persona
 * keeps its own file's changes and those of the journeys it takes part in, except changes about
 * another persona (that persona's emotion).
 */
export function filterChanges(commits: readonly CommitChanges[], filter: ChangeFilter): CommitChanges[] {
  const kept: CommitChanges[] = [];
  for (const commit of commits) {
    const files: FileChanges[] = [];
    for (const file of commit.files) {
      if (filter.journey !== undefined && !(file.kind === 'journey' && file.id === filter.journey)) continue;
      if (filter.persona !== undefined && !(file.kind === 'persona' ? file.id === filter.persona : file.personas.includes(filter.persona)))
        continue;
      const changes = file.changes.filter(
        (change) => (filter.level === undefined || change.level === filter.level) && concerns(change, file, filter.persona),
      );
      if (changes.length > 0) files.push(changes.length === file.changes.length ? file : { ...file, changes });
    }
    if (files.length > 0)
      kept.push(
        files.length === commit.files.length && files.every((file, index) => file === commit.files[index]) ? commit : { ...commit, files },
      );
  }
  return kept;
}

function concerns(change: Change, file: FileChanges, persona: string | undefined): boolean {
  if (persona === undefined || file.kind === 'persona') return true;
  return change.persona === undefined || change.persona === persona || change.persona === ALL_PERSONAS;
}

/** Number of changes in a list of commits. */
export function countChanges(commits: readonly CommitChanges[]): number {
  return commits.reduce((total, commit) => total + commit.files.reduce((sum, file) => sum + file.changes.length, 0), 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
