// A build killed midway (a CI job cancelled, a laptop closed) cannot clean up after itself: the
// next build of the same output removes what it left, and nothing else.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programEnv, runParcours } from './e2e/run-parcours.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const content = fileURLToPath(new URL('./e2e/fixtures/xss/', import.meta.url));

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-interrupted-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a build killed midway', () => {
  it('leaves the output whole, and the next build removes its staging folder and nothing else', async () => {
    const out = join(work, 'site');
    // No browser: the PDFs and drawn diagrams are not what this is about, and take most of a build.
    const env = { PARCOURS_PDF: '0', PARCOURS_FLOW_SVG: '0', PARCOURS_TODAY: '2026-06-01', PARCOURS_CACHE_DIR: join(work, 'cache') };
    const build = () => runParcours(['build', '--root', content, '--out', out], env);
    const files = async () => (await readdir(out, { recursive: true })).sort();

    const first = build();
    expect(first.status, first.stderr).toBe(0);
    const whole = await files();
    expect(whole).toContain('index.html');

    // Beside the output: a folder of this output's pattern from a process still running (this
    // one: a concurrent build), another output's staging folder, and a folder of the team's.
    const running = `.site.new-${process.pid}-AbC123`;
    const others = ['.other.new-4999999-AbC123', 'notes'];
    for (const name of [running, ...others]) {
      await mkdir(join(work, name));
      await writeFile(join(work, name, 'index.html'), 'kept');
    }

    const killed = await killWhenStaging(out, env);
    expect(killed.signal).toBe('SIGKILL');
    expect(await readdir(work)).toContain(killed.staging);
    expect(await files()).toEqual(whole);

    const again = build();
    expect(again.status, again.stderr).toBe(0);
    // Nor does the killed build's working folder stay under the site's .astro/.
    expect((await readdir(join(repo, '.astro'))).filter((name) => name.startsWith(`builds-${killed.pid}-`))).toEqual([]);
    expect((await readdir(work)).sort()).toEqual([running, ...others, 'cache', 'site'].sort());
    expect(await files()).toEqual(whole);
  }, 240_000);
});

/** Starts `parcours build` and kills it with SIGKILL as soon as its staging folder beside `out` and its working folder appear. */
async function killWhenStaging(
  out: string,
  env: Record<string, string>,
): Promise<{ signal: NodeJS.Signals | null; staging: string; pid: number | undefined }> {
  const child = spawn(process.execPath, ['bin/parcours.js', 'build', '--root', content, '--out', out], {
    cwd: repo,
    env: programEnv(env),
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const staging = `.site.new-${child.pid}-`;
  for (;;) {
    const found = (await readdir(join(out, '..'))).find((name) => name.startsWith(staging));
    // Once Astro builds too, in its working folder under the site's .astro/.
    const building = (await readdir(join(repo, '.astro')).catch(() => [])).some((name) => name.startsWith(`builds-${child.pid}-`));
    if (found && building) {
      child.kill('SIGKILL');
      return { signal: await exited, staging: found, pid: child.pid };
    }
    if (child.exitCode !== null) throw new Error(`the build ended (exit ${child.exitCode}) before its staging folder was seen`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
