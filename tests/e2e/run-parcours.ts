import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment of the CLI as a person runs it: without what Vitest sets (NODE_ENV=test,
 * VITEST...), which Astro and Vite read and would build or serve differently for.
 */
export function programEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')));
  return { ...env, ...extra };
}

/** Runs `parcours <args>` to its end from the repository root. */
export function runParcours(args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['bin/parcours.js', ...args], { cwd: repo, encoding: 'utf8', env: programEnv(extraEnv), maxBuffer: 1 << 26 });
}

/** Starts `parcours <args>` (a server) from the repository root. */
export function startParcours(args: string[]): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, ['bin/parcours.js', ...args], { cwd: repo, env: programEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}
