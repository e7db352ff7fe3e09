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

export interface DevServer {
  process: ChildProcessByStdio<null, Readable, Readable>;
  /** The address it printed, for example http://127.0.0.1:4321/. */
  url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Stops it as Ctrl+C would, and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts `parcours dev` on `root` and resolves once it prints its address; its output keeps being collected. */
export function startDevServer(root: string): Promise<DevServer> {
  const server = startParcours(['dev', '--root', root, '--port', '0']);
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve({ process: server, url, output: () => output, stop: () => stopProcess(server) });
    };
    server.stdout.on('data', collect);
    server.stderr.on('data', collect);
    server.on('exit', (code) => reject(new Error(`parcours dev exited ${code}:\n${output}`)));
  });
}

async function stopProcess(server: ChildProcessByStdio<null, Readable, Readable>): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGINT');
  await exited;
}
