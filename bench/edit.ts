// npm run bench:edit: editing in `parcours dev` on a synthetic content root of 200 journeys
// (40 steps each, 200 personas, bench/synthetic-content.ts). `parcours dev` runs in its own
// process, as it does beside a browser, and this process plays the page: it reads the session's
// token from the page's meta tag and sends, for successive edits of one journey, an emotion and a
// step's name (as a drag and a rename send them). It measures:
//   1. from the moment the change is sent to the moment the file holds it on disk, seen by this
//      process's own watcher of the folder (inotify), not by the server's answer; p50 and p95.
//      The server's parts come from its Server-Timing header: waiting before the API's handler
//      (Node's HTTP server, Vite's middlewares), the body, the YAML edit, the check, the write;
//      the answer's arrival is printed too.
//   2. from the file on disk to the journey page served with the new curve, by the dev server that
//      made the edit (what the page fetches to update itself).
// Beside floors measured in the same run: an atomic write of the same bytes; the file read by
// js-yaml; a refused POST to the API (the HTTP round trip through the dev server, no work); a GET
// of the same page with nothing changed. Edits are 300 ms apart, as key presses.
// Goals: 1. <= 100 ms at p95; 2. <= 1 s.
// BENCH_JOURNEYS=50, BENCH_EDITS=20 and BENCH_PAUSE_MS=50 pick other sizes and paces; BENCH_CPU_PROF=DIR writes a CPU profile
// of the dev server's process into DIR (node --cpu-prof).
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/cli/write-file-atomic.ts';
import { readYamlFast } from '../src/core/load/read-yaml-fast.ts';
import { digestOf } from '../src/publish/edit-files.ts';
import { EDIT_API_PATH } from '../src/publish/edit-session.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const journeys = Number(process.env.BENCH_JOURNEYS ?? 200);
const EDITS = Number(process.env.BENCH_EDITS ?? 40);
const FILE = 'journeys/journey-0.yaml';
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 300);
const profileDir = process.env.BENCH_CPU_PROF;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, values: number[]) =>
  console.log(`${label.padEnd(66)} p50 ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(percentile(values, 95)).padStart(9)}`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Starts `parcours dev` on `root` in its own process and waits for the address it prints. */
function startDev(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PARCOURS_TODAY: '2026-11-01' };
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, 'bin/parcours.js', 'dev', '--root', root, '--port', '0'], {
    cwd: repo,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      // Parcours's own line, in the content's language: the address, then the content root in brackets.
      const url = /(http:\/\/127\.0\.0\.1:\d+\/) \(/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(waiting);
      child.stdout.off('data', collect);
      child.stdout.resume();
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGINT');
          }),
      });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`parcours dev exited ${code}:\n${output}`)));
    // Never left waiting (with the bench lock held) for a line that does not come.
    const waiting = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error(`parcours dev gave no address within 120 s:\n${output}`));
    }, 120_000).unref();
  });
}

/** Resolves with the time (performance.now) at which `file` in the watched folder first holds `marker`. */
function onDisk(folder: string, name: string, marker: string): { seen: Promise<number>; close(): void } {
  let found: (at: number) => void = () => undefined;
  const seen = new Promise<number>((resolve) => (found = resolve));
  const look = () => {
    const at = performance.now();
    readFile(join(folder, name), 'utf8').then(
      (text) => {
        if (text.includes(marker)) found(at);
      },
      () => undefined,
    );
  };
  const watcher = watch(folder, (_event, changed) => {
    if (changed === name) look();
  });
  return { seen, close: () => watcher.close() };
}

const work = await mkdtemp(join(tmpdir(), 'parcours-bench-edit-'));
const root = join(work, 'content');
let site: Awaited<ReturnType<typeof startDev>> | undefined;
try {
  await writeSyntheticContent(root, { journeys, stepsPerJourney: 40, personas: 200 });
  const loadBefore = load();
  site = await startDev(root);
  const page = new URL('journeys/journey-0/', site.url).href;
  const apiBase = new URL(EDIT_API_PATH, site.url).href;
  const origin = new URL(site.url).origin;
  // The token as a page finds it, in its meta tag (Base.astro).
  const html = await (await fetch(page)).text();
  const token = /&quot;token&quot;:&quot;([0-9a-f]+)&quot;|"token":"([0-9a-f]+)"/.exec(html)?.slice(1).find(Boolean);
  if (!token) throw new Error(`no edit token in ${page}`);
  const headers = { 'x-parcours-token': token, 'content-type': 'application/json', origin };
  console.log(`bench:edit: ${journeys} journeys x 40 steps, 200 personas, ${EDITS} edits; load average ${loadBefore}`);

  const toDisk: number[] = [];
  const toAnswer: number[] = [];
  const parts = new Map<string, number[]>();
  const writtenToPage: number[] = [];
  const floorWrite: number[] = [];
  const floorRead: number[] = [];
  const floorRefused: number[] = [];
  const floorPage: number[] = [];
  let first = Number.NaN;
  const stepPath = (key: string) => ['stages', { id: 'decouverte' }, 'steps', { id: 'step-1' }, key];
  // The values the page shows before the first change, from the API as the page reads them.
  const opened = (await (await fetch(`${apiBase}/file?path=${FILE}`, { headers })).json()) as {
    data: { stages: { id: string; steps: { id: string; name: string; emotion: Record<string, number> }[] }[] };
  };
  const shownStep = opened.data.stages.find((stage) => stage.id === 'decouverte')!.steps.find((step) => step.id === 'step-1')!;
  // A person looks at the map before the first change: the server meanwhile parses the file for it.
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  let name = shownStep.name;
  let emotion = shownStep.emotion['persona-0']!;
  for (let edit = -3; edit < EDITS; edit++) {
    const text = await readFile(join(root, FILE), 'utf8');
    const marker = `Renommée ${edit + 4}`;
    const changes = [
      { op: 'set', path: [...stepPath('emotion'), 'persona-0'], expect: emotion, value: (emotion = emotion === 2 ? -2 : 2) },
      { op: 'set', path: stepPath('name'), expect: name, value: (name = marker) },
    ];
    const body = JSON.stringify({ path: FILE, digest: digestOf(text), changes });
    const disk = onDisk(join(root, 'journeys'), 'journey-0.yaml', marker);
    const sent = performance.now();
    const response = await fetch(`${apiBase}/apply`, { method: 'POST', headers, body });
    const answer = (await response.json()) as { ok: boolean; message?: string };
    const answered = performance.now();
    if (!answer.ok) throw new Error(`apply refused: ${answer.message}`);
    const written = await Promise.race([
      disk.seen,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${FILE} did not change on disk within 10 s`)), 10_000).unref()),
    ]);
    disk.close();
    const timing = Object.fromEntries(
      (response.headers.get('server-timing') ?? '').split(',').map((part) => {
        const [name = '', duration = ''] = part.trim().split(';dur=');
        return [name, Number(duration)];
      }),
    ) as Record<string, number>;
    let served = '';
    while (!served.includes(marker)) served = await (await fetch(page)).text();
    const shown = performance.now();

    // Floors: the same bytes written atomically; the file read by the fast reader (what reading
    // it costs on this machine now); a POST the API refuses (no token); the page again, unchanged.
    const after = await readFile(join(root, FILE), 'utf8');
    let started = performance.now();
    readYamlFast(after);
    const floorReadMs = performance.now() - started;
    started = performance.now();
    await writeFileAtomic(join(work, 'floor.yaml'), after, { overwrite: true });
    const floorWriteMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    started = performance.now();
    await (await fetch(`${apiBase}/apply`, { method: 'POST', headers: { ...headers, 'x-parcours-token': 'none' }, body })).text();
    const floorRefusedMs = performance.now() - started;
    started = performance.now();
    await (await fetch(page)).text();
    const floorPageMs = performance.now() - started;
    if (edit === -3) first = written - sent;
    if (edit >= 0) {
      toDisk.push(written - sent);
      toAnswer.push(answered - sent);
      for (const [name, value] of Object.entries(timing)) parts.set(name, [...(parts.get(name) ?? []), value]);
      writtenToPage.push(shown - written);
      floorWrite.push(floorWriteMs);
      floorRead.push(floorReadMs);
      floorRefused.push(floorRefusedMs);
      floorPage.push(floorPageMs);
    }
    // A person edits a value at a time: the server's own work after a write (the watcher's event,
    // Astro's route cache) ends before the next change, as it would between two key presses.
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  await site.stop();
  site = undefined;
  const part = (name: string) => parts.get(name) ?? [Number.NaN];
  line('change sent -> file on disk (goal <= 100 ms at p95)', toDisk);
  line('  in the server: before the API handler (HTTP server, Vite middlewares)', part('queue'));
  line('  in the server: reading the body', part('body'));
  line('  in the server: the file confined, queued, read, its expectations', part('read'));
  line('  in the server: the YAML edit (core/edit)', part('edit'));
  line('  in the server: the check (same problems as validate)', part('check'));
  line('  in the server: the atomic write (temp file, compare, rename)', part('write'));
  line('  in the server: request -> renamed', part('renamed'));
  console.log(`${"  the session's first change (server code not warm yet; not counted above)".padEnd(66)} ${ms(first).padStart(13)}`);
  line('change sent -> answer read by the page', toAnswer);
  line('  floor: atomic write of the same bytes', floorWrite);
  line('  floor: the same file read by js-yaml (CPU on this machine now)', floorRead);
  line('  floor: a POST the API refuses (no token): HTTP round trip', floorRefused);
  line('file on disk -> page served with the new curve (goal <= 1 s)', writtenToPage);
  line('  floor: GET of the same page, unchanged', floorPage);
  console.log(`load average before ${loadBefore}, after ${load()}`);
} finally {
  // Stopped also when a measure failed, so that no server outlives the bench.
  await site?.stop();
  await rm(work, { recursive: true, force: true });
}
