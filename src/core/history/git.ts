import { spawn } from 'node:child_process';

/** What one git process returned. `code` is -1 when git could not be started (not installed). */
export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs one git process in `cwd` with an argument array (never a shell string, so no quoting
 * and no injection through ref or path names), feeding `input` to its standard input.
 * Every git process Parcours starts goes through here.
 */
export function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    // Optional locks off: reading history must never block a commit running beside it.
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: error.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // git may exit before reading all input (a bad ref): the exit code says why.
    child.stdin.end(input ?? '');
  });
}

/**
 * Reads many blobs with one `git cat-file --batch` process: `objects` are `<rev>:<path>` names;
 * the result holds each name's bytes, or null when that path does not exist at that revision.
 */
export async function readBlobs(cwd: string, objects: readonly string[]): Promise<(Buffer | null)[]> {
  return (await readGitBlobs(cwd, objects)).map((blob) => blob?.bytes ?? null);
}

/** A blob read from Git, with the id Git gave it: the SHA-1 a content cache can key it by without hashing it again. */
export interface GitBlob {
  id: string;
  bytes: Buffer;
}

/** readBlobs, each blob with its id. */
export async function readGitBlobs(cwd: string, objects: readonly string[]): Promise<(GitBlob | null)[]> {
  if (objects.length === 0) return [];
  const { code, stdout, stderr } = await runGit(cwd, ['cat-file', '--batch'], objects.map((object) => `${object}\n`).join(''));
  if (code !== 0) throw new Error(`git cat-file failed: ${stderr.trim()}`);
  const blobs: (GitBlob | null)[] = [];
  let offset = 0;
  for (let index = 0; index < objects.length; index++) {
    const end = stdout.indexOf(10, offset);
    const header = stdout.toString('utf8', offset, end);
    offset = end + 1;
    // "<oid> blob <size>" then the bytes and a newline; "<name> missing" (or ambiguous) otherwise.
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) {
      blobs.push(null);
      continue;
    }
    const size = Number(match[3]);
    blobs.push(match[2] === 'blob' ? { id: match[1]!, bytes: stdout.subarray(offset, offset + size) } : null);
    offset += size + 1;
  }
  return blobs;
}
