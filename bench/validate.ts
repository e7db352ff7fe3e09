// npm run bench:validate: `parcours validate` on a synthetic corpus (1,000 journeys of 40 steps,
// 200 personas) beside the floor measured in the same run (bare yaml.parse plus one precompiled
// ajv validate per file). Both run as fresh processes with the same startup, alternately, and
// the median of the runs is kept. Target: within 1.3x of the floor, under 500 MB.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticContent } from './synthetic-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const size = { journeys: 1000, stepsPerJourney: 40, personas: 200 };

const root = await mkdtemp(join(tmpdir(), 'parcours-bench-validate-'));
try {
  const bytes = await writeSyntheticContent(root, size);
  const files = size.journeys + size.personas;
  const commands = {
    floor: ['bench/validate-floor.ts', root],
    parcours: ['bin/parcours.js', 'validate', '--root', root, '--format', 'json'],
  };
  const samples: Record<keyof typeof commands, { seconds: number; rssMb: number }[]> = { floor: [], parcours: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--import', './bench/report-peak-memory.ts', ...commands[name]], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (name === 'parcours' && result.status !== 0) throw new Error(`parcours validate exited ${result.status}: ${result.stdout.slice(0, 2000)}${result.stderr}`);
      if (name === 'floor' && !result.stdout.startsWith('0 invalid')) throw new Error(`the floor found invalid files: ${result.stdout}${result.stderr}`);
      const rss = Number(/PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
      samples[name].push({ seconds, rssMb: rss / 1024 });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const row = (name: keyof typeof commands) => {
    const seconds = median(samples[name].map((sample) => sample.seconds));
    // Peak memory swings with how the GC threads are scheduled on a loaded machine: both the
    // median and the worst run are shown.
    const rssMb = median(samples[name].map((sample) => sample.rssMb));
    const worstRssMb = Math.max(...samples[name].map((sample) => sample.rssMb));
    return { seconds, filesPerSecond: files / seconds, mbPerSecond: bytes / 1024 / 1024 / seconds, rssMb, worstRssMb };
  };
  const floor = row('floor');
  const parcours = row('parcours');
  const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
  console.log(`corpus: ${size.journeys} journeys x ${size.stepsPerJourney} steps, ${size.personas} personas, ${(bytes / 1024 / 1024).toFixed(1)} MB; median of ${RUNS} runs each (process start included)`);
  console.log('                    seconds   files/s      MB/s  peak MB  worst MB');
  for (const [name, figures] of [['floor (parse+ajv)', floor], ['parcours validate', parcours]] as const) {
    console.log(`${name.padEnd(18)}${format(figures.seconds, 2)}${format(figures.filesPerSecond, 0)}${format(figures.mbPerSecond)}${format(figures.rssMb, 0)}${format(figures.worstRssMb, 0)}`);
  }
  const ratio = parcours.seconds / floor.seconds;
  console.log(`ratio to floor: ${ratio.toFixed(2)}x (target <= 1.3x) ${ratio <= 1.3 ? 'ok' : 'MISSED'}`);
  console.log(`peak memory (median run): ${parcours.rssMb.toFixed(0)} MB, worst run ${parcours.worstRssMb.toFixed(0)} MB (target < 500 MB) ${parcours.rssMb < 500 ? 'ok' : 'MISSED'}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
