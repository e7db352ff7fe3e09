/** What a command reads from and writes to, injected so tests drive commands without a process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 ok, 1 problems found in the content, 2 usage or I/O error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called; main prints it with the usage line and exits 2. */
export class UsageError extends Error {}

export function processIo(): CliIo {
  return { stdout: closableStdout(process.stdout), stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/**
 * Standard output that a reader may close early, as `parcours validate | head` does. Node then
 * raises EPIPE as an unhandled 'error' event, a stack trace after the lines the reader wanted.
 * Here the rest of the output is dropped and the command finishes, so its exit code still says
 * whether the content has errors (what `set -o pipefail` reads). Any other write error is named
 * once on stderr, and the run exits 2.
 */
function closableStdout(stream: NodeJS.WriteStream): CliIo['stdout'] {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (error.code === 'EPIPE') return;
    process.stderr.write(`parcours: cannot write to standard output (${error.code ?? error.message}).\n`);
    process.exitCode = EXIT.usage;
  });
  return {
    get isTTY() {
      return stream.isTTY;
    },
    write: (text: string) => (closed ? false : stream.write(text)),
  };
}
