import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'astro';
import { type BuildProgress, withBuildProgress } from './build-progress.ts';
import { drawPdfs, type PdfsLeftOut } from './draw-pdfs.ts';
import { removeEndedProcessDirs } from './ended-process-dirs.ts';
import { replaceDir } from './replace-dir.ts';
import { siteConfig } from './site-config.ts';
import type { SiteContent } from './site-content.ts';
import { SITE_ROOT } from './site-root.ts';

export interface BuildSiteOptions {
  /** The content to publish (see projectContent), with its root and the site's day. */
  content: SiteContent;
  /** Absolute path of the output directory; replaced only when the build succeeds. */
  outDir: string;
  /** Astro's log level; errors are never logged, they are thrown. */
  logLevel?: 'warn' | 'info' | 'silent';
  /** Told each phase (render, index, pdf) as it starts, goes and ends. */
  progress?: BuildProgress;
}

export interface BuiltSite {
  /** Number of HTML pages written. */
  pages: number;
  /** The PDF downloads (journey.pdf, persona.pdf): how many were written, or why none was. */
  pdfs: { written: number } | { leftOut: PdfsLeftOut };
}

/**
 * Builds the static site of `content` into `outDir` with Astro. The build goes into a directory
 * beside `outDir` that replaces it only once Astro (and the Pagefind index, made in Astro's
 * build:done hook) succeeded, so a failed build leaves the old site in place. Content is expected
 * to have been checked; the site throws on content errors anyway.
 */
export async function buildSite({ content, outDir, logLevel = 'warn', progress }: BuildSiteOptions): Promise<BuiltSite> {
  const config = await siteConfig(content);
  // The pages of the previous output: what this build will about write, for the progress bar.
  const previousPages = progress ? await countPages(outDir) : 0;
  return withBuildProgress(progress, () =>
    replaceDir(outDir, async (dir) => {
      progress?.start('render', previousPages || undefined);
      await inBuildDirectory(() =>
        build({
          ...config,
          configFile: false,
          outDir: dir,
          // Astro logs each page it writes at the info level: counted for the progress (astro-log.ts).
          logLevel: progress && logLevel !== 'silent' ? 'info' : logLevel,
          // Compiled into lib/ when installed (see bin/parcours.js), as this file is.
          logger: {
            entrypoint: new URL(import.meta.url.endsWith('.ts') ? './astro-log.ts' : './astro-log.js', import.meta.url),
            config: { print: logLevel },
          },
        }),
      );
      const pdfs = await writePdfs(dir, content, config.base ?? '/', config.site, progress);
      return { pages: await countPages(dir), pdfs };
    }),
  );
}

async function countPages(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true }).catch(() => []);
  return files.filter((file) => file.endsWith('.html')).length;
}

/**
 * Draws the PDFs the pages link (see planPdfs, which the pages asked too). A Chromium that is
 * there but cannot draw fails the build rather than publish links to missing files; the previous
 * output stays, and the message says how to build without PDFs.
 */
async function writePdfs(
  dir: string,
  content: SiteContent,
  base: string,
  site: string | undefined,
  progress: BuildProgress | undefined,
): Promise<BuiltSite['pdfs']> {
  const { project } = await content.check();
  const plan = content.pdfPlan(project);
  if (!plan.draw) return { leftOut: plan.why };
  progress?.start('pdf', project.journeys.length + project.personas.length);
  const drawn = await drawPdfs(dir, project, {
    chromium: plan.chromium,
    cache: content.cache,
    base: base.endsWith('/') ? base : `${base}/`,
    site,
    today: content.today,
  });
  if (drawn.failure !== undefined)
    throw new Error(
      `Chromium (${plan.chromium}) could not draw the PDF downloads: ${drawn.failure}. Set PARCOURS_PDF=0 to build without them.`,
    );
  progress?.end('pdf', { done: drawn.written.length });
  return { written: drawn.written.length };
}

/**
 * Runs an Astro build from a new directory under the site's own .astro/, with telemetry off
 * (builds run offline). This is about where Astro puts its code, not about the content: Astro
 * writes its server chunks in outDir when outDir lies under the current directory and in
 * `<cwd>/.astro/` otherwise, and those chunks import astro by bare name, so they must sit where
 * node_modules resolves. New for each build, because Node caches modules by path, so a chunk of a
 * previous build of the same name would be reused.
 */
async function inBuildDirectory<T>(task: () => Promise<T>): Promise<T> {
  const saved = { telemetry: process.env.ASTRO_TELEMETRY_DISABLED, cwd: process.cwd() };
  processDir ??= makeProcessDir();
  process.chdir(await mkdtemp(join(await processDir, 'build-')));
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    return await task();
  } finally {
    process.chdir(saved.cwd);
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
  // Those of killed builds, which never ran their exit handler.
  await removeEndedProcessDirs(join(SITE_ROOT, '.astro'), /^builds-(\d+)-[A-Za-z0-9]{6}$/);
  const dir = await mkdtemp(join(SITE_ROOT, '.astro', `builds-${process.pid}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
