// npm run bench:history: reads the whole history of a repository of 200 journeys × 50 revisions
// and diffs every consecutive pair of revisions, beside the floor measured in the same run:
// `git log -p` of the whole repository piped to /dev/null (git reading every revision and
// diffing it textually). Target: within 3x of the floor.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkHistory } from '../src/core/history/check-history.ts';
import { readHistory } from '../src/core/history/read-history.ts';
import { parse } from 'yaml';

// Overridable for a quick look: BENCH_JOURNEYS=20 npm run bench:history.
const JOURNEYS = Number(process.env.BENCH_JOURNEYS ?? 200);
const REVISIONS = Number(process.env.BENCH_REVISIONS ?? 50);
const STAGES = ['decouverte', 'apprentissage', 'achat', 'reception', 'service-apres-vente'];
const STEPS_PER_STAGE = 4;
const CHANNELS = ['web', 'mobile-app', 'email', 'sms', 'phone', 'chat', 'store', 'in-person'];
const STATUSES = ['idea', 'planned', 'in-progress', 'done'];
const RUNS = Number(process.env.BENCH_RUNS ?? 1);

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
  const lines = [`id: journey-${journey}`, `title: Parcours ${journey}`, 'summary: Un parcours synthétique pour mesurer la lecture de l’historique.', 'personas: [amelie, nadine]', 'owner: Équipe CX', 'stages:'];
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
  const done = new Promise<void>((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))));
  const states = Array.from({ length: JOURNEYS }, (_, journey) => initialSteps(journey));
  let commits = 0;
  let bytes = 0;
  const write = (text: string) => new Promise<void>((resolve) => (child.stdin.write(text) ? resolve() : child.stdin.once('drain', resolve)));
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
      if (commits === 1) files.push(`M 100644 inline personas/amelie.yaml\n${data(persona('amelie', 'Amélie'))}`, `M 100644 inline personas/nadine.yaml\n${data(persona('nadine', 'Nadine'))}`);
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

function floor(dir: string): number {
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const result = spawnSync('git', ['log', '-p'], { cwd: dir, stdio: ['ignore', devNull, 'inherit'] });
  if (result.status !== 0) throw new Error('git log -p failed');
  return (performance.now() - start) / 1000;
}

/** A second reference: bare yaml.parse of every revision's text, the least any reader of the model must do. */
async function bareParse(dir: string): Promise<number> {
  const history = await readHistory(dir, { revisions: Infinity });
  const start = performance.now();
  for (const file of history.files) for (const revision of file.revisions) if (revision.text !== undefined) parse(revision.text);
  return (performance.now() - start) / 1000;
}

async function parcours(dir: string): Promise<{ read: number; total: number; revisions: number; diffs: number; changes: number }> {
  const start = performance.now();
  const history = await readHistory(dir, { revisions: Infinity });
  const read = (performance.now() - start) / 1000;
  const checked = checkHistory(history);
  const total = (performance.now() - start) / 1000;
  let revisions = 0;
  let diffs = 0;
  let changes = 0;
  for (const file of checked) {
    revisions += file.revisions.length;
    for (const revision of file.revisions) {
      if (revision.base) diffs++;
      changes += revision.changes.length;
    }
  }
  return { read, total, revisions, diffs, changes };
}

const dir = mkdtempSync(join(tmpdir(), 'parcours-bench-history-'));
try {
  const started = performance.now();
  const { commits, bytes } = await buildRepository(dir);
  console.log(`Repository: ${JOURNEYS} journeys × ${REVISIONS} revisions (${STAGES.length * STEPS_PER_STAGE} steps each), ${commits} commits, ${(bytes / 1024 / 1024).toFixed(1)} MB of YAML over all revisions, built in ${((performance.now() - started) / 1000).toFixed(1)} s with git fast-import`);
  const floors: number[] = [];
  const runs: Awaited<ReturnType<typeof parcours>>[] = [];
  // Interleaved, so both see the same machine load; the best of each is compared.
  for (let run = 0; run < RUNS; run++) {
    floors.push(floor(dir));
    runs.push(await parcours(dir));
  }
  const parseSeconds = await bareParse(dir);
  const best = runs.reduce((a, b) => (b.total < a.total ? b : a));
  const floorSeconds = Math.min(...floors);
  console.log(`Floor   git log -p > /dev/null:                  ${floorSeconds.toFixed(2)} s (runs: ${floors.map((value) => value.toFixed(2)).join(', ')})`);
  console.log(`Parcours read history (3 git processes):         ${best.read.toFixed(2)} s`);
  console.log(`Parcours read + check + diff every pair:         ${best.total.toFixed(2)} s (runs: ${runs.map((value) => value.total.toFixed(2)).join(', ')})`);
  console.log(`  ${best.revisions} revisions checked, ${best.diffs} consecutive pairs diffed, ${best.changes} changes found`);
  console.log(`Reference: bare yaml.parse of every revision:   ${parseSeconds.toFixed(2)} s (${(parseSeconds / floorSeconds).toFixed(1)}x the floor on its own)`);
  console.log(`Ratio to floor: ${(best.total / floorSeconds).toFixed(2)}x (target: within 3x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
