import { describe, expect, it } from 'vitest';
import type { LogCommit, LogEntry } from './parse-log.ts';
import { traceLineages } from './trace-lineages.ts';

const log = (...commits: LogEntry[][]): LogCommit[] =>
  commits.map((entries, index) => ({
    commit: `c${commits.length - index}`,
    parents: [],
    date: '',
    author: '',
    email: '',
    message: '',
    entries,
  }));

describe('traceLineages', () => {
  it('follows a file through renames back to its creation', () => {
    const lineages = traceLineages(
      log(
        [{ status: 'M', path: 'journeys/c.yaml' }],
        [{ status: 'R', previousPath: 'journeys/b.yaml', path: 'journeys/c.yaml' }],
        [{ status: 'M', path: 'journeys/b.yaml' }],
        [{ status: 'R', previousPath: 'journeys/a.yaml', path: 'journeys/b.yaml' }],
        [{ status: 'A', path: 'journeys/a.yaml' }],
      ),
    );
    expect(lineages).toEqual([
      {
        path: 'journeys/c.yaml',
        kind: 'journey',
        events: [
          { commitIndex: 0, path: 'journeys/c.yaml', status: 'modified' },
          { commitIndex: 1, path: 'journeys/c.yaml', status: 'renamed', previousPath: 'journeys/b.yaml' },
          { commitIndex: 2, path: 'journeys/b.yaml', status: 'modified' },
          { commitIndex: 3, path: 'journeys/b.yaml', status: 'renamed', previousPath: 'journeys/a.yaml' },
          { commitIndex: 4, path: 'journeys/a.yaml', status: 'added' },
        ],
      },
    ]);
  });

  it('leaves out deleted files and the past of a file deleted then created again', () => {
    const lineages = traceLineages(
      log(
        [{ status: 'A', path: 'journeys/a.yaml' }],
        [
          { status: 'D', path: 'journeys/a.yaml' },
          { status: 'D', path: 'personas/p.yaml' },
        ],
        [
          { status: 'M', path: 'journeys/a.yaml' },
          { status: 'M', path: 'personas/p.yaml' },
        ],
        [
          { status: 'A', path: 'journeys/a.yaml' },
          { status: 'A', path: 'personas/p.yaml' },
        ],
      ),
    );
    expect(lineages.map((lineage) => [lineage.path, lineage.events.map((event) => event.commitIndex)])).toEqual([['journeys/a.yaml', [0]]]);
  });

  it('ignores files that are not content, and treats a move into content as a creation', () => {
    const lineages = traceLineages(
      log(
        [
          { status: 'R', previousPath: 'drafts/a.yaml', path: 'journeys/a.yaml' },
          { status: 'M', path: 'journeys/nested/x.yaml' },
          { status: 'M', path: 'parcours.config.yaml' },
        ],
        [{ status: 'A', path: 'drafts/a.yaml' }],
      ),
    );
    expect(lineages.map((lineage) => [lineage.path, lineage.kind, lineage.events.map((event) => event.status)])).toEqual([
      ['journeys/a.yaml', 'journey', ['added']],
      ['parcours.config.yaml', 'config', ['modified']],
    ]);
  });
});
