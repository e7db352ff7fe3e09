// npm run bench:validate: `parcours validate` on a synthetic corpus (1,000 journeys of 40 steps,
// 200 personas) beside the floors measured in the same run: js-yaml's core schema plus one
// precompiled ajv validate per file (the fastest correct way to read and schema-check the
// files), and YAML.parse plus the same validate. Parcours runs cold (an empty content cache,
// every file read and checked) and warm (the cache of the run before). Every command runs as a
// fresh process with the same start-up, in turn, and the median of the runs is kept.
// Target: cold within 3x of the js-yaml floor; peak memory reasonable (under 500 MB).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticContent } from './synthetic-content.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const size = { journeys: Number(process.env.BENCH_JOURNEYS ?? 1000), stepsPerJourney: 40, personas: 200 };

const root = await mkdtemp(join(tmpdir(), 'parcours-bench-validate-'));
const cacheDir = join(root, '.cache');
try {
  const bytes = await writeSyntheticContent(root, size);
  const files = size.journeys + size.personas;
  const validate = ['bin/parcours.js', 'validate', '--root', root, '--format', 'json'];
  const commands = {
    'floor: js-yaml+ajv': { args: ['bench/validate-floor.ts', 'js-yaml', root] },
    'floor: YAML.parse+ajv': { args: ['bench/validate-floor.ts', 'yaml', root] },
    'parcours cold cache': { args: validate, before: () => rm(cacheDir, { recursive: true, force: true }) },
    'parcours warm cache': { args: validate },
  };
  type Name = keyof typeof commands;
  const names = Object.keys(commands) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as { seconds: number; rssMb: number }[]])) as Record<
    Name,
    { seconds: number; rssMb: number }[]
  >;
  let output: string | undefined;
  for (let run = 0; run < RUNS; run++) {
    for (const name of names) {
      const command = commands[name];
      if ('before' in command) await command.before();
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--import', './bench/report-peak-memory.ts', ...command.args], {
        cwd: repo,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, PARCOURS_CACHE_DIR: cacheDir },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (name.startsWith('parcours')) {
        if (result.status !== 0)
          throw new Error(`parcours validate exited ${result.status}: ${result.stdout.slice(0, 2000)}${result.stderr}`);
        // Cold and warm must report the very same problems.
        if (output !== undefined && result.stdout !== output) throw new Error(`${name} reported other problems than the run before`);
        output = result.stdout;
      } else if (!result.stdout.startsWith('0 invalid')) throw new Error(`${name} found invalid files: ${result.stdout}${result.stderr}`);
      samples[name].push({ seconds, rssMb: Number(/PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024 });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const row = (name: Name) => {
    const seconds = median(samples[name].map((sample) => sample.seconds));
    // Peak memory swings with how the GC threads are scheduled on a loaded machine: both the
    // median and the worst run are shown.
    const rssMb = median(samples[name].map((sample) => sample.rssMb));
    const worstRssMb = Math.max(...samples[name].map((sample) => sample.rssMb));
    return { seconds, filesPerSecond: files / seconds, mbPerSecond: bytes / 1024 / 1024 / seconds, rssMb, worstRssMb };
  };
  const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
  console.log(
    `corpus: ${size.journeys} journeys x ${size.stepsPerJourney} steps, ${size.personas} personas, ${(bytes / 1024 / 1024).toFixed(1)} MB; median of ${RUNS} runs each (process start included)`,
  );
  console.log('                         seconds   files/s      MB/s  peak MB  worst MB');
  const rows = Object.fromEntries(names.map((name) => [name, row(name)])) as Record<Name, ReturnType<typeof row>>;
  for (const name of names) {
    const figures = rows[name];
    console.log(
      `${name.padEnd(23)}${format(figures.seconds, 2)}${format(figures.filesPerSecond, 0)}${format(figures.mbPerSecond)}${format(figures.rssMb, 0)}${format(figures.worstRssMb, 0)}`,
    );
  }
  const floor = rows['floor: js-yaml+ajv'].seconds;
  const cold = rows['parcours cold cache'];
  const ratio = cold.seconds / floor;
  console.log(
    `cold: ${ratio.toFixed(2)}x the js-yaml floor (target <= 3x) ${ratio <= 3 ? 'ok' : 'MISSED'}; ${(cold.seconds / rows['floor: YAML.parse+ajv'].seconds).toFixed(2)}x the YAML.parse floor`,
  );
  console.log(`warm: ${(rows['parcours warm cache'].seconds / floor).toFixed(2)}x the js-yaml floor`);
  console.log(
    `peak memory, cold (median run): ${cold.rssMb.toFixed(0)} MB, worst run ${cold.worstRssMb.toFixed(0)} MB (target < 500 MB) ${cold.rssMb < 500 ? 'ok' : 'MISSED'}`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
