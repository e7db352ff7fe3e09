// Builds each site the end-to-end tests need once (the examples and the script-payload fixture)
// with `parcours build`, serves them on 127.0.0.1, and starts one Chromium that every test file
// connects to.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../src/publish/serve-static.ts';
import { CHROMIUM_ARGS, chromiumEnv, findChromium } from './chromium.ts';
import { runParcours } from './run-parcours.ts';

/** Fixed, so that builds are reproducible and "review due" flags do not move with the clock. */
export const TODAY = '2026-06-01';

declare module 'vitest' {
  export interface ProvidedContext {
    today: string;
    browserEndpoint: string;
    examples: { dir: string; url: string };
    /** A second build of the examples, for the reproducibility test. */
    examplesAgain: string;
    xss: { dir: string; url: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // End-to-end tests never skip: without a browser, the run fails with what to do.
  const executablePath = await findChromium();
  const work = await mkdtemp(join(tmpdir(), 'parcours-e2e-'));
  const servers: StaticServer[] = [];
  const browser = await chromium.launchServer({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    env: { ...process.env, ...chromiumEnv(executablePath) },
  });
  const teardown = async () => {
    await Promise.all(servers.map((server) => server.close()));
    await browser.close();
    await rm(work, { recursive: true, force: true });
  };
  // A cache of their own: the first build of the examples starts cold, the second reuses what it
  // kept (pages, flow diagrams), so the reproducibility test compares a cold and a warm build.
  const cache = join(work, 'cache');
  try {
    const build = (root: string, dir: string) => {
      const run = runParcours(['build', '--root', root, '--out', dir], { PARCOURS_TODAY: TODAY, PARCOURS_CACHE_DIR: cache });
      if (run.status !== 0) throw new Error(`parcours build --root ${root} exited ${run.status}:\n${run.stdout}${run.stderr}`);
    };
    const site = async (name: string, root: string) => {
      const dir = join(work, name);
      build(root, dir);
      const server = await serveStatic(dir);
      servers.push(server);
      return { dir, url: server.url };
    };
    project.provide('today', TODAY);
    project.provide('browserEndpoint', browser.wsEndpoint());
    const examples = fileURLToPath(new URL('../../', import.meta.url));
    project.provide('examples', await site('examples', examples));
    // Built here rather than in its test, so that it does not compete with the browser tests.
    build(examples, join(work, 'examples-again'));
    project.provide('examplesAgain', join(work, 'examples-again'));
    project.provide('xss', await site('xss', fileURLToPath(new URL('./fixtures/xss/', import.meta.url))));
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
