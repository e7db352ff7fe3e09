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
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
