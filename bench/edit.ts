// npm run bench:edit: editing in `parcours dev` on a synthetic content root of 200 journeys
// (40 steps each, 200 personas, bench/synthetic-content.ts). Measures, for successive edits of one
// journey (an emotion and a step's name, as a drag and a rename send them):
//   1. from the request to the file written and the live content holding it (the API's answer),
//      p50 and p95, with the parts: the YAML edit (core/edit) and the check of the whole content;
//   2. from the file written to the journey page served with the new curve, by the dev server
//      that made the edit (what the page fetches to update itself).
// Beside floors measured in the same run: an atomic write of the same bytes; the file read by
// js-yaml; a GET of the same page with nothing changed. Edits are 300 ms apart, as key presses.
// Goals: 1. <= 100 ms at p95; 2. <= 1 s.
// BENCH_JOURNEYS=50 and BENCH_EDITS=20 pick other sizes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/cli/write-file-atomic.ts';
import { readYamlFast } from '../src/core/load/read-yaml-fast.ts';
import { digestOf } from '../src/publish/edit-files.ts';
import { EDIT_API_PATH } from '../src/publish/edit-session.ts';
import { liveContent } from '../src/publish/live-content.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const journeys = Number(process.env.BENCH_JOURNEYS ?? 200);
const EDITS = Number(process.env.BENCH_EDITS ?? 40);
const FILE = 'journeys/journey-0.yaml';
const PAUSE_MS = 300;
const today = '2026-11-01';
process.env.PARCOURS_TODAY = today;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, values: number[]) =>
  console.log(`${label.padEnd(58)} p50 ${ms(percentile(values, 50)).padStart(10)}   p95 ${ms(percentile(values, 95)).padStart(10)}`);

const work = await mkdtemp(join(tmpdir(), 'parcours-bench-edit-'));
const root = join(work, 'content');
try {
  await writeSyntheticContent(root, { journeys, stepsPerJourney: 40, personas: 200 });
  console.log(
    `bench:edit: ${journeys} journeys x 40 steps, 200 personas, ${EDITS} edits; load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );

  const content = liveContent(root, today, join(work, 'cache'));
  const checked = await content.latest();
  const errors = checked.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`the synthetic content has errors: ${errors[0]!.code} ${errors[0]!.message}`);

  const { devSite } = await import('../src/publish/dev-site.ts');
  const { devEditing } = await import('../src/publish/edit-dev.ts');
  const editing = devEditing(root, content);
  const session = (await import('../src/publish/edit-session.ts')).editSession(root)!;
  const site = await devSite({
    content,
    host: '127.0.0.1',
    port: 0,
    onContentChange: (file) => content.changed(file).then(() => undefined),
    edit: editing.serving,
  });
  const page = new URL('journeys/journey-0/', site.url).href;
  const apiBase = new URL(EDIT_API_PATH, site.url).href;
  const origin = new URL(site.url).origin;
  const headers = { 'x-parcours-token': session.token, 'content-type': 'application/json', origin };

  // Warm: the page once (Astro compiles it), one edit.
  await (await fetch(page)).text();

  const requestToWritten: number[] = [];
  const editPart: number[] = [];
  const checkPart: number[] = [];
  const writePart: number[] = [];
  const contentPart: number[] = [];
  const outsidePart: number[] = [];
  const writtenToPage: number[] = [];
  const floorWrite: number[] = [];
  const floorPage: number[] = [];
  const floorRead: number[] = [];
  const stepPath = (key: string) => ['stages', { id: 'decouverte' }, 'steps', { id: 'step-1' }, key];
  for (let edit = -1; edit < EDITS; edit++) {
    const text = await readFile(join(root, FILE), 'utf8');
    const marker = `Renommée ${edit + 1}`;
    const changes = [
      { op: 'set', path: [...stepPath('emotion'), 'persona-0'], value: edit % 2 === 0 ? 2 : -2 },
      { op: 'set', path: stepPath('name'), value: marker },
    ] as const;
    const requested = performance.now();
    const response = await fetch(`${apiBase}/apply`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ path: FILE, digest: digestOf(text), changes }),
    });
    const answer = (await response.json()) as { ok: boolean; message?: string };
    const written = performance.now();
    if (!answer.ok) throw new Error(`apply refused: ${answer.message}`);
    // The API's own parts, from its Server-Timing header.
    const parts = Object.fromEntries(
      (response.headers.get('server-timing') ?? '').split(',').map((part) => {
        const [name = '', duration = ''] = part.trim().split(';dur=');
        return [name, Number(duration)];
      }),
    ) as Record<string, number>;
    let html = '';
    while (!html.includes(marker)) html = await (await fetch(page)).text();
    const served = performance.now();

    // Floors: the same bytes written atomically; the file read by the fast reader (what reading
    // it costs on this machine now); the page served again, unchanged.
    const after = await readFile(join(root, FILE), 'utf8');
    const readStarted = performance.now();
    readYamlFast(after);
    const floorReadMs = performance.now() - readStarted;
    let started = performance.now();
    await writeFileAtomic(join(work, 'floor.yaml'), after, { overwrite: true });
    const floorWriteMs = performance.now() - started;
    started = performance.now();
    await (await fetch(page)).text();
    const floorPageMs = performance.now() - started;
    if (edit < 0) continue; // warm-up
    requestToWritten.push(written - requested);
    editPart.push(parts.edit ?? Number.NaN);
    checkPart.push(parts.check ?? Number.NaN);
    writePart.push(parts.write ?? Number.NaN);
    contentPart.push(parts.content ?? Number.NaN);
    outsidePart.push(written - requested - (parts.total ?? Number.NaN));
    writtenToPage.push(served - written);
    floorWrite.push(floorWriteMs);
    floorPage.push(floorPageMs);
    floorRead.push(floorReadMs);
    // A person edits a value at a time: the server's own work after a write (the watcher's event,
    // Astro's route cache) ends before the next change, as it would between two key presses.
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  await site.stop();
  editing.close();
  line('request -> file written (goal <= 100 ms at p95)', requestToWritten);
  line('  of which the YAML edit (core/edit)', editPart);
  line('  of which the check of the whole content', checkPart);
  line('  of which the atomic write (temp file, compare, rename)', writePart);
  line('  of which the live content taking the checked text', contentPart);
  line('  of which before and after the API (HTTP, waiting for the event loop)', outsidePart);
  line('  floor: atomic write of the same bytes', floorWrite);
  line('  floor: the same file read by js-yaml (CPU on this machine now)', floorRead);
  line('file written -> page served with the new curve (<= 1 s)', writtenToPage);
  line('  floor: GET of the same page, unchanged', floorPage);
} finally {
  await rm(work, { recursive: true, force: true });
}
