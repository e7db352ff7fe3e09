// npm run bench:build: `parcours build` on synthetic content roots of 200 and 1,000 journeys
// (40 steps each, 200 personas) beside the floors measured in the same run (bench/fair-floor.ts):
// bare Astro over every page of Parcours's output with its visible text, and the fair floor, that
// plus Pagefind over the same marked pages. Parcours builds twice: cold (empty cache), then again
// after one journey was edited, with the cache kept; its phase lines are printed as a split. Each
// build runs as a child process whose whole process tree is sampled for memory. BENCH_JOURNEYS=50,200
// picks other sizes. Targets against the fair floor: cold within 1.25x, after an edit within 0.5x,
// under 2 GB peak; a journey page under 80 KB gzipped with its CSS, 0 bytes of JavaScript to read a map.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureFairFloor } from './fair-floor.ts';
import { measureRun, type Run } from './measure-run.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const sizes = (process.env.BENCH_JOURNEYS ?? '200,1000').split(',').map(Number);
// Without PDFs, which the floor has no counterpart of (and which need a Chromium).
const env = { ...process.env, PARCOURS_TODAY: '2026-11-01', ASTRO_TELEMETRY_DISABLED: '1', PARCOURS_PDF: '0' };
const indent = (text: string) => text.replace(/^/gm, '    ').replace(/ +$/, '');

async function filesUnder(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, bytes: (await stat(path)).size };
      }),
  );
}

function check(run: Run, what: string): void {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
}

/** Gzipped bytes of a page with its stylesheets, and the bytes of JavaScript it loads. */
async function journeyPageWeight(dist: string, page: string) {
  const html = await readFile(page, 'utf8');
  const local = (href: string) => join(dist, new URL(href, 'http://site/').pathname);
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes!),
  );
  let gzipped = gzipSync(html).length;
  for (const href of stylesheets) gzipped += gzipSync(await readFile(local(href))).length;
  let jsBytes = 0;
  for (const [, attributes, inline] of scripts) {
    const src = /\bsrc="([^"]+)"/.exec(attributes!)?.[1];
    jsBytes += src ? (await stat(local(src))).size : Buffer.byteLength(inline!);
  }
  // The map is readable without JavaScript when the grid's steps and the curve are in the HTML.
  const mapInHtml = /id="step-/.test(html) && /<svg\b[^>]*role="img"/.test(html);
  return { gzipped, jsBytes, scripts: scripts.length, mapInHtml };
}

const rows: string[] = [];
const work = await mkdtemp(join(tmpdir(), 'parcours-bench-build-'));
try {
  for (const journeys of sizes) {
    const dir = join(work, String(journeys));
    const content = join(dir, 'content');
    const dist = join(dir, 'dist');
    const contentBytes = await writeSyntheticContent(content, { journeys, stepsPerJourney: 40, personas: 200 });
    console.log(`\n${journeys} journeys x 40 steps, 200 personas: ${(contentBytes / 1024 / 1024).toFixed(1)} MB of YAML`);

    // A cache of its own, empty for the first build and kept for the second.
    const buildEnv = { ...env, PARCOURS_CACHE_DIR: join(dir, 'cache') };
    console.log(
      `load average before: ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    );
    const parcours = await measureRun(process.execPath, ['bin/parcours.js', 'build', '--root', content, '--out', dist], {
      cwd: repo,
      env: buildEnv,
    });
    check(parcours, 'parcours build');
    const edited = join(content, 'journeys', 'journey-1.yaml');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: .*$/m, 'title: Parcours modifié entre deux builds'));
    const again = await measureRun(process.execPath, ['bin/parcours.js', 'build', '--root', content, '--out', dist], {
      cwd: repo,
      env: buildEnv,
    });
    check(again, 'parcours build after an edit');
    const files = await filesUnder(dist);
    const htmlFiles = files.filter((file) => file.path.endsWith('.html'));
    const floor = await measureFairFloor(dist, join(dir, 'floor'), repo, env);
    const floorFiles = await filesUnder(join(dir, 'floor', 'dist'));

    const page = await journeyPageWeight(dist, join(dist, 'journeys', 'journey-0', 'index.html'));
    const mb = (list: { bytes: number }[]) => list.reduce((sum, file) => sum + file.bytes, 0) / 1024 / 1024;
    const line = (name: string, seconds: number, peakMb: number, pages: number, size?: number) =>
      `${name.padEnd(34)}${String(pages).padStart(6)}${seconds.toFixed(1).padStart(9)}${(pages / seconds).toFixed(1).padStart(9)}${peakMb.toFixed(0).padStart(9)}${size === undefined ? '' : size.toFixed(1).padStart(9)}`;
    console.log('                                   pages  seconds  pages/s  peak MB  dist MB');
    console.log(line('floor: bare Astro', floor.astro.seconds, floor.astro.peakMb, floor.pages, mb(floorFiles)));
    console.log(line(`  + Pagefind (${floor.marked} marked) = fair`, floor.seconds, floor.peakMb, floor.pages));
    console.log(line('parcours build (cold)', parcours.seconds, parcours.peakMb, htmlFiles.length, mb(files)));
    console.log(line('  after editing 1', again.seconds, again.peakMb, htmlFiles.length));
    console.log(`phases, cold:\n${indent(parcours.stdout)}phases, after editing 1:\n${indent(again.stdout)}`);
    console.log(
      `load average after: ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')} (${availableParallelism()} cores)`,
    );
    const ratio = parcours.seconds / floor.seconds;
    const warmRatio = again.seconds / floor.seconds;
    const peak = Math.max(parcours.peakMb, again.peakMb);
    console.log(
      `journey page: ${(page.gzipped / 1024).toFixed(1)} KB gzipped with its CSS; ${page.jsBytes} bytes of JavaScript in ${page.scripts} script(s) on load; map readable without JavaScript: ${page.mapInHtml ? 'yes' : 'NO'}`,
    );
    rows.push(
      `${String(journeys).padStart(8)}  ${`${ratio.toFixed(2)}x`.padStart(9)} ${ratio <= 1.25 ? 'ok  ' : 'MISS'}  ${`${warmRatio.toFixed(2)}x`.padStart(9)} ${warmRatio <= 0.5 ? 'ok  ' : 'MISS'}  ${`${peak.toFixed(0)} MB`.padStart(8)} ${peak < 2048 ? 'ok  ' : 'MISS'}  ${`${(page.gzipped / 1024).toFixed(1)} KB`.padStart(9)} ${page.gzipped < 80 * 1024 ? 'ok  ' : 'MISS'}  ${String(page.mapInHtml ? 0 : page.jsBytes).padStart(5)} B ${page.mapInHtml ? 'ok' : 'MISS'}`,
    );
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    '\ntargets, against the fair floor: cold within 1.25x, after an edit within 0.5x, peak under 2 GB; a journey page under 80 KB gzipped with CSS, 0 B of JS to read a map',
  );
  console.log('journeys  cold           after edit       peak             page gz          JS to read');
  for (const row of rows) console.log(row);
} finally {
  await rm(work, { recursive: true, force: true });
}
