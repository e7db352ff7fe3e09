import type { CliIo } from './io.ts';

/** A CliIo that records what a command writes, for tests. */
export function memoryIo(cwd: string, env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}
