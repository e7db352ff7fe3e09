import { checkRead } from '../core/check/check-project.ts';
import type { ContentCache } from '../core/check/content-cache.ts';
import type { CheckResult } from '../core/check/check-sources.ts';
import { readData } from '../core/data/read-data.ts';
import type { Change } from '../core/diff/change.ts';
import { changeNamesOf, diffProjects } from '../core/diff/diff-projects.ts';
import { runGit } from '../core/history/git.ts';
import { locateRepository, type RevisionRead, readRevisions, UnknownRevisionError } from '../core/history/read-revisions.ts';
import { CONTENT_PATHSPECS, DATA_DIR } from '../core/load/content-paths.ts';
import { readContent } from '../core/load/read-content.ts';
import type { JourneyModel } from '../core/model/project.ts';
import type { Lang } from '../core/model/resolve-config.ts';
import { changeSentences, formatters } from '../i18n/index.ts';

export interface Review {
  ok: true;
  /** False when the content root is not in a Git repository (then nothing else is said). */
  repository: boolean;
  /** The content files that differ from HEAD, relative to the content root, with git's status letters (M, A, D, ??). */
  files: { path: string; status: string }[];
  /** What the differences mean, as `parcours diff` words them, in the site's language. */
  changes: { file: string; kind: string; level: string; sentence: string }[];
  /** The commands that commit the files (Parcours never commits), run from the content root. */
  commit: string[];
}

const MESSAGE: Record<Lang, string> = { fr: 'Modifie les parcours', en: 'Update the journey maps' };

/**
 * The review of `parcours dev`'s edit mode: the content's working tree against HEAD, as
 * `parcours diff HEAD` compares them (the same diff and the same sentences, in the site's
 * language), the files git sees changed and how to commit them.
 */
export interface ReviewSources {
  /** The working tree's check, when one is at hand (parcours dev keeps it current); else the tree is read and checked. */
  current?: () => Promise<CheckResult>;
  /** A content cache for the check of HEAD (by blob, so a second review checks nothing again). */
  cache?: ContentCache;
}

export async function editReview(root: string, lang: Lang, sources: ReviewSources = {}): Promise<Review> {
  const repository = await locateRepository(root);
  if (!repository) return { ok: true, repository: false, files: [], changes: [], commit: [] };
  const [base, tree, status] = await Promise.all([
    readRevisions(repository.top, [{ rev: 'HEAD', dir: repository.prefix }]).then(
      ([read]) => read!,
      (error: unknown): RevisionRead => {
        // A repository with no commit yet: everything is new.
        if (error instanceof UnknownRevisionError) return { sources: [], problems: [], data: [] };
        throw error;
      },
    ),
    sources.current?.() ??
      Promise.all([readContent(root), readData(root)]).then(([read, data]) =>
        checkRead({ ...read, problems: [...read.problems, ...data.problems] }, { data: data.data }),
      ),
    runGit(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...CONTENT_PATHSPECS, DATA_DIR]),
  ]);
  const before = checkRead(base, { data: base.data, ...(sources.cache ? { cache: sources.cache } : {}) });
  const after = tree;
  const diff = diffProjects(before, after);
  const sentence = sentenceWriter(before, after, lang);
  const changes = diff.subjects.flatMap((subject) =>
    subject.changes.map((change) => ({
      file: subject.files.after ?? subject.files.before ?? '',
      kind: change.kind,
      level: change.level,
      sentence: sentence(change),
    })),
  );
  const files = parseStatus(status.stdout.toString('utf8'), repository.prefix);
  const paths = files.map((file) => quote(file.path));
  const commit = files.length === 0 ? [] : [`git add -- ${paths.join(' ')}`, `git commit -m ${quote(MESSAGE[lang])}`];
  return { ok: true, repository: true, files, changes, commit };
}

/** `git status --porcelain=v1 -z`: "XY path\0", a rename followed by its old path; paths from the repository's top. */
function parseStatus(output: string, prefix: string): { path: string; status: string }[] {
  const files: { path: string; status: string }[] = [];
  const entries = output.split('\0');
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    const path = entry.slice(3);
    if (status.includes('R') || status.includes('C')) index++;
    files.push({ path: path.startsWith(prefix) ? path.slice(prefix.length) : path, status: status.trim() });
  }
  return files;
}

/** A path as a shell word: kept bare when it is plain, else in single quotes. */
function quote(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** One sentence writer per journey, as `parcours diff` words its pull-request comment (stage and step ids are unique within a journey only). */
function sentenceWriter(before: CheckResult, after: CheckResult, lang: Lang): (change: Change) => string {
  const fmt = formatters(lang, after.project.config.currency);
  const names = changeNamesOf(before, after);
  const byId = (journeys: readonly JourneyModel[]) => new Map(journeys.map((journey) => [journey.id, journey]));
  const [was, now] = [byId(before.project.journeys), byId(after.project.journeys)];
  const writers = new Map<string, (change: Change) => string>();
  return (change) => {
    const id = change.journey ?? '';
    let write = writers.get(id);
    if (!write) {
      write = changeSentences({ ...names, lang, fmt, journeys: [now.get(id), was.get(id)] });
      writers.set(id, write);
    }
    return write(change);
  };
}
