// npm run bench:history: `parcours build` of a Git repository of 200 journeys × 25 revisions (its
// history pages included), cold (empty cache) and again after one more commit with the cache kept,
// beside the floors measured in the same run (bench/fair-floor.ts): bare Astro over every page of
// the output with its visible text; the fair floor, that plus Pagefind over the same marked pages
// plus one `git log -p` of the whole repository (git reading every revision and diffing it
// textually). Also shown: reading the whole history and diffing every consecutive pair, in this
// process. Targets against the fair floor: cold within 1.25x, after a commit 0.5x, under 2 GB.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHistory } from '../src/core/history/check-history.ts';
import { readHistory } from '../src/core/history/read-history.ts';
import { measureFairFloor } from './fair-floor.ts';
import { measureRun, type Run } from './measure-run.ts';

// Overridable for a quick look: BENCH_JOURNEYS=20 BENCH_REVISIONS=5 npm run bench:history.
const JOURNEYS = Number(process.env.BENCH_JOURNEYS ?? 200);
const REVISIONS = Number(process.env.BENCH_REVISIONS ?? 25);
const STAGES = ['decouverte', 'apprentissage', 'achat', 'reception', 'service-apres-vente'];
const STEPS_PER_STAGE = 4;
const CHANNELS = ['web', 'mobile-app', 'email', 'sms', 'phone', 'chat', 'store', 'in-person'];
const STATUSES = ['idea', 'planned', 'in-progress', 'done'];

interface StepState {
  name: string;
  emotion: [number, number];
  touchpoints: string[];
  status: number;
}

function initialSteps(journey: number): StepState[] {
  return Array.from({ length: STAGES.length * STEPS_PER_STAGE }, (_, step) => ({
    name: `Étape ${step} du parcours ${journey}`,
    emotion: [((journey + step) % 7) - 3, ((journey * 3 + step) % 7) - 3],
    touchpoints: [CHANNELS[step % CHANNELS.length]!, CHANNELS[(step + journey) % CHANNELS.length]!],
    status: 0,
  }));
}

/** One revision's edit, varied so the diffs hold renames, emotion changes, touchpoints and statuses. */
function edit(steps: StepState[], revision: number): void {
  const step = steps[(revision * 7) % steps.length]!;
  const persona = (revision % 2) as 0 | 1;
  step.emotion[persona] = ((step.emotion[persona] + 4) % 7) - 3;
  if (revision % 5 === 0) step.name = `${step.name} (rév. ${revision})`;
  if (revision % 7 === 0) {
    if (step.touchpoints.length > 1) step.touchpoints.pop();
    else step.touchpoints.push('chat');
  }
  if (revision % 3 === 0) step.status = (step.status + 1) % STATUSES.length;
}

function journeyText(journey: number, steps: readonly StepState[]): string {
  const lines = [
    `id: journey-${journey}`,
    `title: Parcours ${journey}`,
    'summary: Un parcours synthétique pour mesurer la lecture de l’historique.',
    'personas: [amelie, nadine]',
    'owner: Équipe CX',
    'stages:',
  ];
  STAGES.forEach((stage, stageIndex) => {
    lines.push(`  - id: ${stage}`, `    name: ${stage}`, '    steps:');
    for (let index = stageIndex * STEPS_PER_STAGE; index < (stageIndex + 1) * STEPS_PER_STAGE; index++) {
      const step = steps[index]!;
      lines.push(
        `      - id: step-${index}`,
        `        name: ${step.name}`,
        '        description: Le client avance dans son parcours et compare ce qu’on lui propose.',
        `        touchpoints: [${step.touchpoints.join(', ')}]`,
        `        emotion: { amelie: ${step.emotion[0]}, nadine: ${step.emotion[1]} }`,
        '        thoughts:',
        '          - Est-ce que ça vaut vraiment le coup ?',
        '        painPoints:',
        '          - { text: Le délai annoncé change d’une page à l’autre, evidence: { source: Enquête à chaud, kind: survey } }',
        '        opportunities:',
        `          - { title: Afficher un délai unique, impact: high, effort: low, status: ${STATUSES[step.status]} }`,
        `        metrics: { csat: ${70 + (index % 20)}, volume: ${1000 * (index + 1)} }`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

/** Builds the repository with one `git fast-import`: one commit per journey revision, round-robin over journeys. */
async function buildRepository(dir: string): Promise<{ commits: number; bytes: number }> {
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))),
  );
  const states = Array.from({ length: JOURNEYS }, (_, journey) => initialSteps(journey));
  let commits = 0;
  let bytes = 0;
  const write = (text: string) =>
    new Promise<void>((resolve) => (child.stdin.write(text) ? resolve() : child.stdin.once('drain', resolve)));
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const persona = (id: string, name: string) => `id: ${id}\nname: ${name}\ndigitalAffinity: high\n`;
  for (let revision = 0; revision < REVISIONS; revision++) {
    for (let journey = 0; journey < JOURNEYS; journey++) {
      if (revision > 0) edit(states[journey]!, revision);
      const text = journeyText(journey, states[journey]!);
      bytes += Buffer.byteLength(text);
      commits++;
      const time = 1_767_225_600 + commits * 60;
      const files = [`M 100644 inline journeys/journey-${journey}.yaml\n${data(text)}`];
      if (commits === 1)
        files.push(
          `M 100644 inline personas/amelie.yaml\n${data(persona('amelie', 'Amélie'))}`,
          `M 100644 inline personas/nadine.yaml\n${data(persona('nadine', 'Nadine'))}`,
        );
      await write(
        `commit refs/heads/main\nmark :${commits}\nauthor Bench <bench@example.com> ${time} +0000\ncommitter Bench <bench@example.com> ${time} +0000\n` +
          data(`Revision ${revision} of journey ${journey}`) +
          (commits > 1 ? `from :${commits - 1}\n` : '') +
          files.join(''),
      );
    }
  }
  child.stdin.end();
  await done;
  spawnSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return { commits, bytes };
}

function gitLogP(dir: string): number {
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const result = spawnSync('git', ['log', '-p'], { cwd: dir, stdio: ['ignore', devNull, 'inherit'] });
  if (result.status !== 0) throw new Error('git log -p failed');
  return (performance.now() - start) / 1000;
}

async function readAndDiff(dir: string): Promise<{ seconds: number; revisions: number; diffs: number }> {
  const start = performance.now();
  const checked = checkHistory(await readHistory(dir, { revisions: Infinity }));
  let revisions = 0;
  let diffs = 0;
  for (const file of checked) {
    revisions += file.revisions.length;
    diffs += file.revisions.filter((revision) => revision.base).length;
  }
  return { seconds: (performance.now() - start) / 1000, revisions, diffs };
}

function check(run: Run, what: string): void {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
}

const repo = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'parcours-bench-history-'));
const dir = join(work, 'repository');
const indent = (text: string) => text.replace(/^/gm, '    ').replace(/ +$/, '');
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} (${availableParallelism()} cores)`;
try {
  const started = performance.now();
  const { commits, bytes } = await buildRepository(dir);
  console.log(
    `Repository: ${JOURNEYS} journeys × ${REVISIONS} revisions (${STAGES.length * STEPS_PER_STAGE} steps each), ${commits} commits, ${(bytes / 1024 / 1024).toFixed(1)} MB of YAML over all revisions, built in ${((performance.now() - started) / 1000).toFixed(1)} s with git fast-import`,
  );
  console.log(load());
  // Without PDFs, which the floor has no counterpart of (and which need a Chromium).
  const env = {
    ...process.env,
    PARCOURS_TODAY: '2026-11-01',
    ASTRO_TELEMETRY_DISABLED: '1',
    PARCOURS_CACHE_DIR: join(work, 'cache'),
    PARCOURS_PDF: '0',
  };
  const dist = join(work, 'dist');
  const cold = await measureRun(process.execPath, ['bin/parcours.js', 'build', '--root', dir, '--out', dist], { cwd: repo, env });
  check(cold, 'parcours build');
  console.log(`Parcours build, cold: ${cold.seconds.toFixed(2)} s; ${load()}`);

  // One more commit: the next revision of one journey.
  const file = join(dir, 'journeys', 'journey-0.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Parcours 0 après une révision de plus'));
  const commit = spawnSync(
    'git',
    ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-am', 'One more revision'],
    { cwd: dir },
  );
  if (commit.status !== 0) throw new Error(`git commit failed: ${commit.stderr}`);
  const warm = await measureRun(process.execPath, ['bin/parcours.js', 'build', '--root', dir, '--out', dist], { cwd: repo, env });
  check(warm, 'parcours build after one more commit');
  console.log(`Parcours build after one more commit: ${warm.seconds.toFixed(2)} s; ${load()}`);
  // Listed after the second build: the oldest kept revision of the edited journey has left the site.
  const pages = (await readdir(dist, { recursive: true })).filter((path) => path.endsWith('.html'));

  // The floors: bare Astro over the same pages with their text, then the fair floor, that plus
  // Pagefind over the same marked pages; and one git log -p, which a hand-made history needs too.
  const floor = await measureFairFloor(dist, join(work, 'floor'), repo, env);
  const log = gitLogP(dir);
  const fair = floor.seconds + log;
  const reading = await readAndDiff(dir);

  console.log(load());
  console.log(`Floor   bare Astro build of ${pages.length} pages:            ${floor.astro.seconds.toFixed(2)} s`);
  console.log(`        + Pagefind over its ${floor.marked} marked pages:       ${floor.pagefind.seconds.toFixed(2)} s`);
  console.log(`        + git log -p > /dev/null:                    ${log.toFixed(2)} s  = fair floor ${fair.toFixed(2)} s`);
  console.log(
    `Parcours build, cold (empty cache):                  ${cold.seconds.toFixed(2)} s, peak ${cold.peakMb.toFixed(0)} MB (${pages.length} pages)`,
  );
  console.log(`Parcours build after one more commit (cache kept):   ${warm.seconds.toFixed(2)} s, peak ${warm.peakMb.toFixed(0)} MB`);
  console.log(`phases, cold:\n${indent(cold.stdout)}phases, after one more commit:\n${indent(warm.stdout)}`);
  console.log(
    `Reference: read the whole history + check + diff every pair in one process: ${reading.seconds.toFixed(2)} s (${reading.revisions} revisions, ${reading.diffs} pairs)`,
  );
  const ratio = cold.seconds / fair;
  const warmRatio = warm.seconds / fair;
  const peak = Math.max(cold.peakMb, warm.peakMb);
  console.log(
    `Ratio to the fair floor: cold ${ratio.toFixed(2)}x (target 1.25x: ${ratio <= 1.25 ? 'ok' : 'MISS'}), after one commit ${warmRatio.toFixed(2)}x (target 0.5x: ${warmRatio <= 0.5 ? 'ok' : 'MISS'}); peak ${peak.toFixed(0)} MB (target 2 GB: ${peak < 2048 ? 'ok' : 'MISS'})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
