/** One commit as `git log --raw -z` (or `--name-status -z`) prints it with LOG_FORMAT. */
export interface LogCommit {
  commit: string;
  parents: string[];
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  author: string;
  email: string;
  /** The subject line of the commit message. */
  message: string;
  entries: LogEntry[];
}

/** A file the commit touched: A(dded), M(odified), D(eleted), R(enamed from previousPath), T(ype changed)... */
export interface LogEntry {
  status: string;
  path: string;
  previousPath?: string;
  /** The file's Git mode after the commit, from `--raw`: 120000 for a symbolic link. */
  mode?: string;
}

/** Fields separated by US (0x1f), each commit opened by SOH (0x01): bytes no commit subject or name holds. */
export const LOG_FORMAT = '%x01%H%x1f%P%x1f%aI%x1f%an%x1f%ae%x1f%s';

/** Parses the output of `git log -z --raw --format=LOG_FORMAT` (or `--name-status`, which gives no modes). */
export function parseLog(output: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const chunk of output.split('\u0001')) {
    if (chunk === '') continue;
    const headerEnd = chunk.indexOf('\u0000');
    const header = headerEnd === -1 ? chunk : chunk.slice(0, headerEnd);
    const [commit = '', parents = '', date = '', author = '', email = '', message = ''] = header.split('\u001f');
    const tokens =
      headerEnd === -1
        ? []
        : chunk
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\u0000');
    const entries: LogEntry[] = [];
    for (let index = 0; index < tokens.length; ) {
      let status = tokens[index]!;
      if (status === '') break;
      let mode: string | undefined;
      if (status.startsWith(':')) {
        // --raw: ":<old mode> <new mode> <old blob> <new blob> <status>", then the path(s).
        const fields = status.slice(1).split(' ');
        mode = fields[1];
        status = fields[4] ?? '';
      }
      const withMode = mode === undefined ? {} : { mode };
      if (status.startsWith('R') || status.startsWith('C')) {
        entries.push({ status: status[0]!, previousPath: tokens[index + 1]!, path: tokens[index + 2]!, ...withMode });
        index += 3;
      } else {
        entries.push({ status: status[0]!, path: tokens[index + 1]!, ...withMode });
        index += 2;
      }
    }
    commits.push({ commit, parents: parents === '' ? [] : parents.split(' '), date, author, email, message, entries });
  }
  return commits;
}
