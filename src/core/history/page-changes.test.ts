import { describe, expect, it } from 'vitest';
import type { Change } from '../diff/change.ts';
import { pageChanges } from './page-changes.ts';
import type { CommitChanges } from './portfolio-changes.ts';

const change = (level: Change['level'] = 'info'): Change => ({ kind: 'thought-added', level, message: '', journey: 'j', location: {} });

/** A commit on `date` changing `counts[i]` things in journey `j<i>`. */
function commit(id: string, date: string, counts: number[], level: Change['level'] = 'info'): CommitChanges {
  return {
    commit: id,
    date,
    month: date.slice(0, 7),
    author: 'A',
    message: id,
    files: counts.map((count, index) => ({
      kind: 'journey',
      id: `j${index}`,
      personas: [],
      changes: Array.from({ length: count }, () => change(level)),
    })),
  };
}

describe('pageChanges', () => {
  it('puts the newest months that fit on the first page and gives every month its page', () => {
    const commits = [commit('c', '2026-03-02', [2]), commit('b', '2026-02-10', [1], 'warn'), commit('a', '2026-01-05', [5])];
    const { pages, months } = pageChanges(commits, { budget: 8 });
    expect(pages.map((page) => [page.path, page.month, page.commits.map((entry) => entry.commit), page.newer, page.older])).toEqual([
      ['', undefined, ['c', 'b'], undefined, '2026-01/'],
      ['2026-03/', '2026-03', ['c'], '', '2026-02/'],
      ['2026-02/', '2026-02', ['b'], '2026-03/', '2026-01/'],
      ['2026-01/', '2026-01', ['a'], '2026-02/', undefined],
    ]);
    expect(months).toEqual([
      { month: '2026-03', commits: 1, changes: 2, warnings: 0, path: '2026-03/' },
      { month: '2026-02', commits: 1, changes: 1, warnings: 1, path: '2026-02/' },
      { month: '2026-01', commits: 1, changes: 5, warnings: 0, path: '2026-01/' },
    ]);
  });

  it('numbers the pages of a month too large for one, splitting a large commit between its files', () => {
    const commits = [commit('b', '2026-03-20', [3, 3, 3]), commit('a', '2026-03-01', [2])];
    const { pages } = pageChanges(commits, { budget: 9 });
    expect(
      pages.map((page) => [
        page.path,
        page.number,
        page.commits.map((entry) => [entry.commit, entry.continued, entry.files.map((file) => file.id)]),
      ]),
    ).toEqual([
      ['', undefined, [['b', false, ['j0', 'j1']]]],
      ['2026-03/', 1, [['b', false, ['j0', 'j1']]]],
      [
        '2026-03/2/',
        2,
        [
          ['b', true, ['j2']],
          ['a', false, ['j0']],
        ],
      ],
    ]);
    expect(pages[0]!.older).toBe('2026-03/2/');
  });

  it('keeps every page within its budget however large a file change is', () => {
    const { pages } = pageChanges([commit('a', '2026-03-01', [500, 500])], { budget: 40, perFile: 30 });
    expect(
      pages.slice(1).map((page) => page.commits.flatMap((entry) => entry.files.map((file) => [file.changes.length, file.more]))),
    ).toEqual([[[30, 470]], [[30, 470]]]);
  });

  it("lists each file's warnings first, so that the changes left off are never warnings", () => {
    const mixed = commit('a', '2026-03-01', [0]);
    mixed.files[0]!.changes = [change('info'), change('info'), change('warn')];
    const [, month] = pageChanges([mixed], { perFile: 2 }).pages;
    expect(month!.commits[0]!.files[0]!.changes.map((item) => item.level)).toEqual(['warn', 'info']);
    expect(month!.commits[0]!.files[0]!.more).toBe(1);
  });

  it('has one empty first page and no month without commits', () => {
    expect(pageChanges([])).toEqual({ pages: [{ path: '', commits: [] }], months: [] });
  });
});
