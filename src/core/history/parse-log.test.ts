import { describe, expect, it } from 'vitest';
import { parseLog } from './parse-log.ts';

describe('parseLog', () => {
  it('reads commits with their added, modified, deleted and renamed files', () => {
    const output =
      '\u0001c2\u001fc1\u001f2026-03-02T10:00:00+01:00\u001fClaire\u001fclaire@example.com\u001fRename, with a | and ; in it\u0000\n' +
      'D\u0000journeys/b.yaml\u0000R087\u0000journeys/a.yaml\u0000journeys/z.yaml\u0000' +
      '\u0001c1\u001f\u001f2026-03-01T10:00:00+01:00\u001fClaire\u001fclaire@example.com\u001fFirst\u0000\n' +
      'A\u0000journeys/a.yaml\u0000M\u0000personas/p q.yaml\u0000';
    expect(parseLog(output)).toEqual([
      {
        commit: 'c2',
        parents: ['c1'],
        date: '2026-03-02T10:00:00+01:00',
        author: 'Claire',
        email: 'claire@example.com',
        message: 'Rename, with a | and ; in it',
        entries: [
          { status: 'D', path: 'journeys/b.yaml' },
          { status: 'R', previousPath: 'journeys/a.yaml', path: 'journeys/z.yaml' },
        ],
      },
      {
        commit: 'c1',
        parents: [],
        date: '2026-03-01T10:00:00+01:00',
        author: 'Claire',
        email: 'claire@example.com',
        message: 'First',
        entries: [
          { status: 'A', path: 'journeys/a.yaml' },
          { status: 'M', path: 'personas/p q.yaml' },
        ],
      },
    ]);
  });

  it('reads --raw output with the new mode of each file (120000: a symbolic link)', () => {
    const output =
      '\u0001c2\u001fc1\u001f2026-03-02T10:00:00+01:00\u001fClaire\u001fclaire@example.com\u001fLink\u0000\n' +
      ':100644 120000 5c42cb2 473ae52 T\u0000journeys/a.yaml\u0000:100644 100644 1111111 2222222 R090\u0000journeys/b.yaml\u0000journeys/c.yaml\u0000';
    expect(parseLog(output)[0]!.entries).toEqual([
      { status: 'T', path: 'journeys/a.yaml', mode: '120000' },
      { status: 'R', previousPath: 'journeys/b.yaml', path: 'journeys/c.yaml', mode: '100644' },
    ]);
  });

  it('reads an empty log as no commits', () => {
    expect(parseLog('')).toEqual([]);
  });
});
