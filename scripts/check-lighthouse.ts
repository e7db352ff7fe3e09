// npm run check:lighthouse: Lighthouse's accessibility category, run for real on the key pages of
// two built sites (the examples in the default palette, and the design tests' generated bank in a
// themed one), at desktop and mobile, in the Chromium the project finds (src/publish/find-chromium.ts).
// It prints each page's score and the ids of the audits that fail, and exits 1 when a score is not 100.
//
// Lighthouse is not a dependency: it added 155 MB and 101 packages to every `npm ci` (measured twice:
// 37-58 s without it, 77-109 s with it, under a load of 6-8). The npm script fetches it for this run
// only (`npm exec --package=lighthouse@...`), and this file finds it on the PATH that npm exec gives;
// an installed copy (node_modules) is used first. The e2e tests run axe-core, the engine of this
// category, on every build (tests/e2e/axe.ts).
//
// --examples DIR and --themed DIR take sites already built (with `parcours build`); without them,
// both are built into a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, createRepository } from '../src/core/history/git-repository.testing.ts';
import { CHROMIUM_ARGS, chromiumEnv, findChromium } from '../src/publish/find-chromium.ts';
import { serveStatic, type StaticServer } from '../src/publish/serve-static.ts';
import { designContent } from '../tests/e2e/generate-design-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { examples: { type: 'string' }, themed: { type: 'string' } } });

/** The lighthouse package's entry: installed beside the project, else the one `npm exec` put on the PATH. */
function lighthouseEntry(): string {
  try {
    return createRequire(import.meta.url).resolve('lighthouse');
  } catch {
    for (const folder of (process.env.PATH ?? '').split(delimiter)) {
      const bin = join(folder, 'lighthouse');
      if (!existsSync(bin)) continue;
      // .../node_modules/.bin/lighthouse -> .../node_modules/lighthouse/cli/index.js
      const packageDir = dirname(dirname(realpathSync(bin)));
      if (existsSync(join(packageDir, 'core', 'index.js'))) return join(packageDir, 'core', 'index.js');
    }
  }
  console.error('Lighthouse is not installed: run this check as `npm run check:lighthouse`, which fetches it for the run.');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'parcours-lighthouse-'));
const build = (root: string, out: string) => {
  const run = spawnSync(process.execPath, ['bin/parcours.js', 'build', '--root', root, '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PARCOURS_TODAY: '2026-06-01', PARCOURS_CACHE_DIR: join(work, 'cache') },
  });
  if (run.status !== 0) throw new Error(`parcours build --root ${root} exited ${run.status}:\n${run.stdout}${run.stderr}`);
  return out;
};

/** The generated bank of the design tests, with its theme and two commits (revision and compare pages). */
function buildThemed(): string {
  const repository = createRepository();
  try {
    const at = (files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).map(([path, text]) => [`${CONTENT_DIR}/${path}`, text]));
    repository.commit('Generated journeys', at(designContent(0)));
    repository.commit('Emotions move after the interviews', at(designContent(1)));
    return build(join(repository.dir, CONTENT_DIR), join(work, 'themed'));
  } finally {
    repository.remove();
  }
}

/** The key pages of a built site: home, a journey, a persona, channels, insights, a revision and a compare page. */
function keyPages(dir: string): string[] {
  const first = (folder: string, test: (name: string) => boolean) =>
    readdirSync(join(dir, folder))
      .filter((name) => test(name) && statSync(join(dir, folder, name)).isDirectory())
      .sort()[0];
  const journeys = readdirSync(join(dir, 'journeys')).sort();
  const withHistory = journeys.find((id) => existsSync(join(dir, 'journeys', id, 'history', 'compare', 'index.html')));
  const revision = withHistory && first(`journeys/${withHistory}/history`, (name) => /^[0-9a-f]{12}$/.test(name));
  const compared = journeys.find((id) => existsSync(join(dir, 'journeys', id, 'compare')));
  return [
    '',
    `journeys/${journeys[0]}/`,
    `personas/${first('personas', () => true)}/`,
    'channels/',
    'insights/',
    ...(revision ? [`journeys/${withHistory}/history/${revision}/`] : []),
    ...(compared ? [`journeys/${compared}/compare/${first(`journeys/${compared}/compare`, () => true)}/`] : []),
  ];
}

/** Chromium with its DevTools on a free port of 127.0.0.1, for Lighthouse to drive. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const executable = await findChromium();
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${join(work, 'profile')}`,
      'about:blank',
    ],
    { env: { ...process.env, ...chromiumEnv(executable) }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (found) resolve(Number(found[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited ${code} before listening:\n${seen}`)));
  });
  return { port, stop: () => child.kill() };
}

interface Row {
  site: string;
  page: string;
  formFactor: 'desktop' | 'mobile';
  score: number;
  failing: string[];
}

const servers: StaticServer[] = [];
let chromium: { port: number; stop: () => void } | undefined;
const rows: Row[] = [];
try {
  const { default: lighthouse, desktopConfig } = (await import(pathToFileURL(lighthouseEntry()).href)) as {
    default: (url: string, flags: object, config?: object) => Promise<{ lhr: LighthouseResult } | undefined>;
    desktopConfig: object;
  };
  const sites = [
    { name: 'examples', dir: values.examples ?? build(repo, join(work, 'examples')) },
    { name: 'themed', dir: values.themed ?? buildThemed() },
  ];
  chromium = await startChromium();
  for (const site of sites) {
    const server = await serveStatic(site.dir);
    servers.push(server);
    for (const page of keyPages(site.dir)) {
      for (const formFactor of ['desktop', 'mobile'] as const) {
        const flags = { port: chromium.port, hostname: '127.0.0.1', onlyCategories: ['accessibility'], logLevel: 'error' };
        const result = await lighthouse(new URL(page, server.url).href, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        const category = result.lhr.categories.accessibility!;
        const failing = category.auditRefs.filter((ref) => ref.weight > 0 && result.lhr.audits[ref.id]?.score === 0).map((ref) => ref.id);
        const row = { site: site.name, page: `/${page}`, formFactor, score: category.score ?? 0, failing };
        rows.push(row);
        console.log(
          `${row.site.padEnd(9)} ${row.formFactor.padEnd(7)} ${String(Math.round(row.score * 100)).padStart(3)}  ${row.page}${failing.length > 0 ? `  failing: ${failing.join(', ')}` : ''}`,
        );
        // What fails, as Lighthouse names it: a few of the elements of each failing audit.
        for (const id of failing)
          for (const item of (result.lhr.audits[id]?.details?.items ?? []).slice(0, 5))
            console.log(`    ${id}: ${item.node?.selector ?? ''} ${item.node?.snippet?.slice(0, 120) ?? ''}`);
      }
    }
  }
} finally {
  chromium?.stop();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
const below = rows.filter((row) => row.score < 1);
console.log(below.length === 0 ? `Accessibility 100 on all ${rows.length} runs.` : `${below.length} of ${rows.length} runs below 100.`);
process.exit(below.length === 0 ? 0 : 1);

interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; details?: { items?: { node?: { selector?: string; snippet?: string } }[] } }>;
}
