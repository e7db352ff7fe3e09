import type { CommitChanges, FileChanges } from './portfolio-changes.ts';

/** A file's changes on a page: at most `PageOptions.perFile`, the rest counted in `more`. */
export interface PagedFile extends FileChanges {
  /** Changes of this file in this commit left off the page (its revision page lists them all). */
  more: number;
}

export interface PagedCommit extends Omit<CommitChanges, 'files'> {
  files: PagedFile[];
  /** The commit's files began on an earlier page (a large commit spread over pages). */
  continued: boolean;
}

/** One page of a list of changes. */
export interface ChangePage {
  /** Under the list's address: "" for its first page, "YYYY-MM/" for a month, "YYYY-MM/2/" for the month's second page. */
  path: string;
  /** The month the page shows; the first page may show several, and has none. */
  month?: string;
  /** 1 for a month's first page, 2 for its next... */
  number?: number;
  commits: PagedCommit[];
  /** The paths of the pages before (newer) and after (older) it in reading order. */
  newer?: string;
  older?: string;
}

export interface MonthIndex {
  month: string;
  commits: number;
  changes: number;
  warnings: number;
  /** Path of the month's first page. */
  path: string;
}

export interface ChangePages {
  /** The first page (the newest months that fit), then every month's pages, newest first. */
  pages: ChangePage[];
  /** Every month, newest first. */
  months: MonthIndex[];
}

export interface PageOptions {
  /** Changes a page holds at most, each file's and commit's heading counting as one: what keeps a page light at any size. */
  budget?: number;
  /** Changes shown per file and commit; a whole new journey's worth stays on its revision page. */
  perFile?: number;
}

export const DEFAULT_PAGE_BUDGET = 200;
export const DEFAULT_PER_FILE = 30;

/**
 * Splits a list of commits (newest first) into pages a browser reads at any size: one page per
 * month, or several numbered ones when a month holds more than `budget` changes, and a first page
 * holding the newest months that fit. Months are the commits' own (their author's time zone), and
 * a page's address depends only on its month and place in it, so links to a month stay valid as
 * newer commits arrive.
 */
export function pageChanges(commits: readonly CommitChanges[], options: PageOptions = {}): ChangePages {
  const budget = options.budget ?? DEFAULT_PAGE_BUDGET;
  const perFile = options.perFile ?? DEFAULT_PER_FILE;
  const months: MonthIndex[] = [];
  const monthPages: ChangePage[] = [];
  const weights: number[] = [];
  let index = 0;
  while (index < commits.length) {
    const month = commits[index]!.month;
    const summary: MonthIndex = { month, commits: 0, changes: 0, warnings: 0, path: `${month}/` };
    let page: ChangePage = { path: `${month}/`, month, number: 1, commits: [] };
    let weight = 0;
    const close = () => {
      monthPages.push(page);
      weights.push(weight);
    };
    for (; index < commits.length && commits[index]!.month === month; index++) {
      const commit = commits[index]!;
      summary.commits++;
      let current: PagedCommit | undefined;
      for (const file of commit.files) {
        summary.changes += file.changes.length;
        summary.warnings += file.changes.filter((change) => change.level === 'warn').length;
        const shown = Math.min(file.changes.length, perFile);
        // A change counts one, a file's heading one, a commit's heading one.
        if (weight > 0 && weight + shown + 1 + (current ? 0 : 1) > budget) {
          close();
          const number = page.number! + 1;
          page = { path: `${month}/${number}/`, month, number, commits: [] };
          weight = 0;
          current = undefined;
        }
        if (!current) {
          current = { ...commit, files: [], continued: commit.files[0] !== file };
          page.commits.push(current);
          weight += 1;
        }
        // Warnings first, so that a page never leaves one for the revision page.
        const ordered = [
          ...file.changes.filter((change) => change.level === 'warn'),
          ...file.changes.filter((change) => change.level !== 'warn'),
        ];
        current.files.push({ ...file, changes: ordered.slice(0, shown), more: file.changes.length - shown });
        weight += shown + 1;
      }
    }
    close();
    months.push(summary);
  }

  // The first page: whole month pages from the newest while they fit, at least one.
  let taken = 0;
  let total = 0;
  while (taken < monthPages.length && (taken === 0 || total + weights[taken]! <= budget)) total += weights[taken++]!;
  const first: ChangePage = { path: '', commits: monthPages.slice(0, taken).flatMap((page) => page.commits) };
  const pages = [first, ...monthPages];
  if (taken < monthPages.length) first.older = monthPages[taken]!.path;
  monthPages.forEach((page, position) => {
    const newer = position === 0 ? undefined : monthPages[position - 1]!.path;
    const older = monthPages[position + 1]?.path;
    if (newer !== undefined) page.newer = newer;
    else page.newer = '';
    if (older !== undefined) page.older = older;
  });
  return { pages, months };
}
