// npm run bench:pages: builds synthetic sites of 200 and 1,000 journeys x 40 steps (200 personas,
// bench/synthetic-content.ts), loads each page that spans every journey in Chromium and prints
// its DOM nodes, gzipped HTML and load time, beside the floor measured in the same run: a
// 40-step journey page of the same site. Target: every portfolio page (summaries and the pages
// they lead to) at most 3,000 DOM nodes and 200 KB gzipped at 1,000 journeys.
// BENCH_JOURNEYS=50,200 picks other sizes; PARCOURS_CHROMIUM another Chromium (see src/publish/find-chromium.ts).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumEnv, findChromium } from '../src/publish/find-chromium.ts';
import { serveStatic } from '../src/publish/serve-static.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const sizes = (process.env.BENCH_JOURNEYS ?? '200,1000').split(',').map(Number);
const env = { ...process.env, PARCOURS_TODAY: '2026-11-01', ASTRO_TELEMETRY_DISABLED: '1' };
const NODES = 3000;
const GZIP_KB = 200;

/** The portfolio pages: each summary and the heaviest kinds of page it leads to. */
const ROUTES = [
  'journeys/journey-0/',
  '',
  'page/2/',
  'opportunities/',
  'opportunities/page/2/',
  'opportunities/status/idea/',
  'insights/',
  'insights/page/2/',
  'channels/web/',
  'channels/web/page/2/',
  'review/',
  'tags/synthetique/',
  'personas/',
];

const work = await mkdtemp(join(tmpdir(), 'parcours-bench-pages-'));
const executablePath = await findChromium();
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
  env: { ...process.env, ...chromiumEnv(executablePath) },
});
const misses: string[] = [];
try {
  for (const journeys of sizes) {
    const content = join(work, String(journeys), 'content');
    const dist = join(work, String(journeys), 'dist');
    await writeSyntheticContent(content, { journeys, stepsPerJourney: 40, personas: 200 });
    const started = performance.now();
    const build = spawnSync(process.execPath, ['bin/parcours.js', 'build', '--root', content, '--out', dist], {
      cwd: repo,
      env: { ...env, PARCOURS_FLOW_SVG: '0' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0)
      throw new Error(`parcours build exited ${build.status}:\n${build.stdout.slice(-2000)}${build.stderr.slice(-2000)}`);
    console.log(`\n${journeys} journeys x 40 steps, 200 personas (built in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    console.log('page                              DOM nodes   gzip KB   load ms');
    const server = await serveStatic(dist);
    const page = await browser.newPage();
    let floor: { nodes: number; kb: number; ms: number } | undefined;
    for (const route of ROUTES) {
      const html = await readFile(join(dist, route, 'index.html')).catch(() => undefined);
      if (!html) {
        console.log(`${`/${route}`.padEnd(32)}  (no such page at this size)`);
        continue;
      }
      const kb = gzipSync(html).length / 1024;
      await page.goto(new URL(route, server.url).href, { waitUntil: 'load' });
      const { nodes, ms } = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return { nodes: document.getElementsByTagName('*').length, ms: navigation!.loadEventEnd - navigation!.startTime };
      });
      const isFloor = route === 'journeys/journey-0/';
      if (isFloor) floor = { nodes, kb, ms };
      const miss = !isFloor && journeys >= 1000 && (nodes > NODES || kb > GZIP_KB);
      if (miss) misses.push(`${journeys}: /${route} ${nodes} nodes, ${kb.toFixed(0)} KB`);
      console.log(
        `${(isFloor ? 'floor: a 40-step journey page' : `/${route}`).padEnd(32)}${String(nodes).padStart(11)}${kb.toFixed(1).padStart(10)}${ms.toFixed(0).padStart(10)}${miss ? '  MISS' : ''}`,
      );
    }
    if (floor)
      console.log(
        `target: at most ${NODES} nodes and ${GZIP_KB} KB gzipped at 1,000 journeys (the floor page: ${floor.nodes} nodes, ${floor.kb.toFixed(1)} KB)`,
      );
    await page.close();
    await server.close();
    await rm(join(work, String(journeys)), { recursive: true, force: true });
  }
  console.log(misses.length === 0 ? '\nevery portfolio page within the target' : `\nmissed:\n${misses.join('\n')}`);
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
