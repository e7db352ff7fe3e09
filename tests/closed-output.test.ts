// `parcours validate | head` closes the pipe before Parcours has written everything. The command
// must drop the rest quietly (no EPIPE stack trace on the terminal) and still exit with the code
// that says whether the content has errors, which `set -o pipefail` reads.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { programEnv } from './e2e/run-parcours.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));

/** Runs `parcours <args>` with a standard output that the reader has already closed. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/parcours.js', ...args], {
      cwd: repo,
      env: programEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('standard output closed by its reader', () => {
  it.each([
    ['validate', ['validate', '--root', 'tests/bad-input/duplicate-ids'], 1],
    ['validate --format json', ['validate', '--format', 'json', '--root', 'tests/bad-input/duplicate-ids'], 1],
    ['validate of the examples', ['validate'], 0],
  ])('%s: no stack trace, and the exit code of the content', async (_name, args, code) => {
    const run = await runIntoClosedPipe(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
  });
});
