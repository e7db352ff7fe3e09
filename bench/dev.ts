// npm run bench:dev: `parcours dev` on a synthetic content root of 200 journeys (40 steps each,
// 200 personas): the time to serve a journey page, and the time from saving an edit of a journey
// to the server giving the page with it (what the browser reloads to), polled over HTTP every
// 20 ms, for successive edits of a journey and for an edit of a persona. Beside the floor measured in the same run: a bare `astro dev` of a page carrying the same
// text, serving it, and showing an edit of its source. Goals: a page in 0.3 s, an edit in 1 s.
// BENCH_JOURNEYS=50 picks another size.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageText, writeFloorSite } from './floor-site.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const journeys = Number(process.env.BENCH_JOURNEYS ?? 200);
const VIEWS = 5;
const EDITS = 5;

interface Server {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts a dev server and waits for the address it prints. */
function start(command: string, args: string[], cwd: string, pattern: RegExp, env: NodeJS.ProcessEnv): Promise<Server> {
  const child: ChildProcess = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = pattern.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
      if (url) {
        child.stdout!.off('data', collect);
        child.stdout!.on('data', (more: Buffer) => (output += more.toString()));
        resolve({
          url,
          output: () => output,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGINT');
            }),
        });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}:\n${output}`)));
  });
}

async function timedGet(url: string): Promise<{ seconds: number; text: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}\n${text.slice(0, 2000)}`);
  return { seconds: (performance.now() - started) / 1000, text };
}

/** Seconds from calling `edit` to `url` serving a page that contains `marker`. */
async function editToVisible(url: string, edit: () => Promise<void>, marker: string): Promise<number> {
  const started = performance.now();
  await edit();
  for (;;) {
    const response = await fetch(url).then(
      (answer) => answer.text(),
      () => '',
    );
    if (response.includes(marker)) return (performance.now() - started) / 1000;
    if (performance.now() - started > 120_000) throw new Error(`${url} did not show the edit within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const work = await mkdtemp(join(tmpdir(), 'parcours-bench-dev-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PARCOURS_TODAY: '2026-11-01' };
try {
  const content = join(work, 'content');
  await writeSyntheticContent(content, { journeys, stepsPerJourney: 40, personas: 200 });
  console.log(
    `${journeys} journeys x 40 steps, 200 personas; load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on this machine`,
  );

  // Parcours.
  let started = performance.now();
  const parcours = await start(
    process.execPath,
    ['bin/parcours.js', 'dev', '--root', content, '--port', '0'],
    repo,
    /(http:\/\/127\.0\.0\.1:\d+\/)/,
    env,
  );
  const parcoursStart = (performance.now() - started) / 1000;
  const page = (index: number) => new URL(`journeys/journey-${index}/`, parcours.url).href;
  const first = await timedGet(page(0));
  const views: number[] = [];
  for (let index = 1; index <= VIEWS; index++) views.push((await timedGet(page(index))).seconds);
  // Successive edits of one journey: each must cost what the first does (an edit that left work
  // behind for the next would show here), then an edit of a persona, which every journey is
  // checked against.
  const edited = VIEWS + 1;
  const file = join(content, 'journeys', `journey-${edited}.yaml`);
  const yaml = await readFile(file, 'utf8');
  const edits: number[] = [];
  for (let round = 1; round <= EDITS; round++) {
    const marker = `Parcours modifié pour la mesure ${round}`;
    edits.push(await editToVisible(page(edited), () => writeFile(file, yaml.replace(/^title: .*$/m, `title: ${marker}`)), marker));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const personaFile = join(content, 'personas', `persona-${edited}.yaml`);
  const persona = await readFile(personaFile, 'utf8');
  const personaEdit = await editToVisible(
    page(edited),
    () => writeFile(personaFile, persona.replace(/^name: .*$/m, 'name: Persona modifiée pour la mesure')),
    'Persona modifiée pour la mesure',
  );
  const reported = parcours.output().includes(`journey-${edited}.yaml changed`);
  await parcours.stop();

  // The floor: bare Astro dev serving the same page text.
  const floorDir = join(work, 'floor');
  const paragraphs = await pageText(await writeTemporaryPage(work, first.text));
  const data = await writeFloorSite(floorDir, [{ route: 'journeys/journey-0/', paragraphs }], join(repo, 'node_modules'));
  started = performance.now();
  const floor = await start(
    process.execPath,
    [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'],
    floorDir,
    /(http:\/\/127\.0\.0\.1:\d+\/)/,
    { ...env, FLOOR_DATA: data },
  );
  const floorStart = (performance.now() - started) / 1000;
  const floorPage = new URL('journeys/journey-0/', floor.url).href;
  await timedGet(floorPage);
  const floorViews: number[] = [];
  for (let index = 1; index <= VIEWS; index++) floorViews.push((await timedGet(floorPage)).seconds);
  const source = join(floorDir, 'src', 'pages', '[...slug].astro');
  const astro = await readFile(source, 'utf8');
  const floorEdit = await editToVisible(
    floorPage,
    () => writeFile(source, astro.replace('<main>', '<main><p>Page modifiée pour la mesure</p>')),
    'Page modifiée pour la mesure',
  );
  await floor.stop();

  const row = (
    name: string,
    startSeconds: number,
    firstSeconds: number,
    viewSeconds: number,
    editSeconds: number,
    lastEdit: string,
    personaSeconds: string,
  ) =>
    `${name.padEnd(24)}${startSeconds.toFixed(2).padStart(8)}${firstSeconds.toFixed(2).padStart(12)}${viewSeconds.toFixed(3).padStart(12)}${editSeconds.toFixed(2).padStart(10)}${lastEdit.padStart(12)}${personaSeconds.padStart(16)}`;
  console.log(
    `${''.padEnd(24)}${'start s'.padStart(8)}${'1st page s'.padStart(12)}${'page s'.padStart(12)}${'edit s'.padStart(10)}${'slowest s'.padStart(12)}${'persona edit s'.padStart(16)}`,
  );
  console.log(
    `${''.padEnd(24)}(page: median of ${VIEWS} journey pages after the first; edit: median of ${EDITS} successive edits of a journey, slowest: the slowest of them)`,
  );
  console.log(row('floor (bare astro dev)', floorStart, 0, median(floorViews), floorEdit, '', ''));
  console.log(
    row('parcours dev', parcoursStart, first.seconds, median(views), median(edits), Math.max(...edits).toFixed(2), personaEdit.toFixed(2)),
  );
  console.log(`every edit s: ${edits.map((seconds) => seconds.toFixed(2)).join(' ')}`);
  console.log(
    `goals: a journey page in 0.3 s (${median(views) <= 0.3 ? 'ok' : 'MISS'}), an edit visible in 1 s (${Math.max(...edits, personaEdit) <= 1 ? 'ok' : 'MISS'}); the edited file reported at once: ${reported ? 'yes' : 'NO'}`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

async function writeTemporaryPage(dir: string, html: string): Promise<string> {
  const path = join(dir, 'page.html');
  await writeFile(path, html);
  return path;
}
