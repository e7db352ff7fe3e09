import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'astro';
import type { CheckResult } from '../core/index.ts';
import { handOverCheck } from './checked-content.ts';
import { replaceDir } from './replace-dir.ts';
import { SITE_ROOT } from './site-root.ts';

export interface BuildSiteOptions {
  /** Absolute path of the content root (journeys/, personas/, parcours.config.yaml). */
  root: string;
  /** Absolute path of the output directory; replaced only when the build succeeds. */
  outDir: string;
  /** Astro's log level; errors are never logged, they are thrown. */
  logLevel?: 'warn' | 'info' | 'silent';
  /** The content's check, already made (with the site's day), for the site to use as is. */
  checked?: CheckResult;
}

export interface BuiltSite {
  /** Number of HTML pages written. */
  pages: number;
}

/**
 * Builds the static site of the content under `root` into `outDir` with Astro. The build goes
 * into a directory beside `outDir` that replaces it only once Astro (and the Pagefind index,
 * made in Astro's build:done hook) succeeded, so a failed build leaves the old site in place.
 * Content is expected to have been checked; the site throws on content errors anyway.
 */
export async function buildSite({ root, outDir, logLevel = 'warn', checked }: BuildSiteOptions): Promise<BuiltSite> {
  return replaceDir(outDir, async (dir) => {
    await withSiteEnvironment(root, checked, () =>
      build({
        root: SITE_ROOT,
        outDir: dir,
        logLevel,
        logger: { entrypoint: new URL('./astro-log.ts', import.meta.url) },
      }),
    );
    const files = await readdir(dir, { recursive: true });
    return { pages: files.filter((file) => file.endsWith('.html')).length };
  });
}

/**
 * Runs `task` with the environment the site expects: PARCOURS_ROOT names the content root (the
 * contract between the CLI and the pages) and telemetry is off (builds run offline). The current
 * directory is also moved, because Astro writes its server chunks in outDir when outDir lies
 * under the current directory and in `<cwd>/.astro/` otherwise, and those chunks import astro by
 * bare name, so they must sit where node_modules resolves: a new directory under the site's own
 * .astro/ for each build. New, because Node caches modules by path, so a chunk of a previous
 * build of the same name would be reused, with the content it loaded.
 */
async function withSiteEnvironment<T>(root: string, checked: CheckResult | undefined, task: () => Promise<T>): Promise<T> {
  const saved = { root: process.env.PARCOURS_ROOT, telemetry: process.env.ASTRO_TELEMETRY_DISABLED, cwd: process.cwd() };
  processDir ??= makeProcessDir();
  process.chdir(await mkdtemp(join(await processDir, 'build-')));
  process.env.PARCOURS_ROOT = root;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  handOverCheck(root, checked);
  try {
    return await task();
  } finally {
    handOverCheck(root, undefined);
    process.chdir(saved.cwd);
    restoreEnv('PARCOURS_ROOT', saved.root);
    restoreEnv('ASTRO_TELEMETRY_DISABLED', saved.telemetry);
  }
}

let processDir: Promise<string> | undefined;

/**
 * The directory of this process's builds, removed when the process exits rather than after each
 * build: Pagefind's service process outlives a build, is reused by the next one in the directory
 * it started in, and fails once that directory is gone. Astro removes its chunks itself.
 */
async function makeProcessDir(): Promise<string> {
  await mkdir(join(SITE_ROOT, '.astro'), { recursive: true });
  const dir = await mkdtemp(join(SITE_ROOT, '.astro', `builds-${process.pid}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
