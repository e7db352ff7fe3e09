import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

// What Vitest puts in process.env to make import.meta.env (BASE_URL=/, MODE=test, DEV...): a site
// built with them inherited takes `/` for its base whatever the config's baseUrl says.
const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment of the CLI as a person runs it: without what Vitest sets (NODE_ENV=test,
 * BASE_URL, VITEST...), which Astro and Vite read and would build or serve differently for.
 */
export function programEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith('VITEST')));
  return { ...env, ...extra };
}

/** Runs `parcours <args>` to its end from the repository root. */
export function runParcours(args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['bin/parcours.js', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: programEnv(extraEnv),
    maxBuffer: 1 << 26,
  });
}

/** Starts `parcours <args>` (a server) from the repository root. */
export function startParcours(args: string[]): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, ['bin/parcours.js', ...args], { cwd: repo, env: programEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}
