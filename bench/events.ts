// npm run bench:events: the analysis of a generated event log (bench/events-log.ts) by Parcours,
// from CSV and from Parquet, beside floors measured in the same run: the same queries run
// directly in DuckDB over the same file, and DuckDB loading and sorting the log. Each measure is
// a fresh process (its peak memory is its own). Targets (issue 21): 10M events from CSV <= 30 s,
// from Parquet <= 20 s, under 4 GB; the analysis <= 1.5x the direct queries; roughly linear from
// 1M to 50M events; a build with an unchanged log <= 2 s above a build without events.
//   BENCH_EVENTS=1000000,10000000 npm run bench:events    (default 1000000)
//   BENCH_EVENTS_MODES=parcours-parquet,direct-parquet      (some of the modes only)
//   BENCH_EVENTS_SWEEP=1000000,10000000,50000000           (linearity: Parcours and the load-and-sort
//                                                           floor per size, then seconds per million events)
//   BENCH_EVENTS_BUILD=1                                   (the example site built with its log unchanged,
//                                                           and without data/events/; bench/events-build.ts)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureEventsBuild } from './events-build.ts';
import { writeBenchLog } from './events-log.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const sweep = process.env.BENCH_EVENTS_SWEEP;
const sizes = (sweep ?? process.env.BENCH_EVENTS ?? '1000000').split(',').map(Number);
const work = process.env.BENCH_DIR ?? join(tmpdir(), 'parcours-bench-events');

// Parcours first: on a shared machine a long run may be cut short, and its own figures matter most.
const ALL_MODES = [
  'parcours-csv',
  'direct-csv',
  'floor-csv',
  'parcours-parquet',
  'direct-parquet',
  'floor-parquet',
  'parcours-warm',
] as const;
type Mode = (typeof ALL_MODES)[number];
const SWEEP_MODES: Mode[] = ['parcours-csv', 'floor-csv', 'parcours-parquet', 'floor-parquet'];
const chosen = process.env.BENCH_EVENTS_MODES?.split(',');
const MODES = ALL_MODES.filter((mode) => (chosen ? chosen.includes(mode) : sweep ? SWEEP_MODES.includes(mode) : true));

interface Sample {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  summary: string;
}

function measure(mode: string, root: string, cacheDir: string): Sample {
  const result = spawnSync(process.execPath, ['--import', './bench/report-peak-memory.ts', 'bench/events-child.ts', mode, root, cacheDir], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`${mode} exited ${result.status}: ${result.stderr}`);
  const { seconds, cpuSeconds, summary } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
    seconds: number;
    cpuSeconds: number;
    summary: string;
  };
  return { seconds, cpuSeconds, peakMb: Number(/PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024, summary };
}

if (process.env.BENCH_EVENTS_BUILD) {
  await measureEventsBuild(work);
  process.exit(0);
}
const measured: { events: number; samples: Partial<Record<Mode, Sample>> }[] = [];
console.log(
  `bench:events on ${process.arch}, load average before: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
for (const events of sizes) {
  const root = join(work, String(events));
  const csv = join(root, 'data/events/log.csv');
  if (!existsSync(csv)) {
    const started = Date.now();
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const { cases, bytes } = writeBenchLog(root, events);
    console.log(
      `generated ${events} events, ${cases} cases, ${(bytes / 1e6).toFixed(0)} MB of CSV in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const cacheDir = join(root, '.cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const samples: Partial<Record<Mode, Sample>> = {};
  measured.push({ events, samples });
  console.log(`\n${events} events (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV): wall time, CPU time of all threads, peak memory`);
  for (const mode of MODES) {
    const sample = measure(mode, root, cacheDir);
    samples[mode] = sample;
    // Each line as soon as it is measured, with the load average it ran under.
    console.log(
      `  ${mode.padEnd(18)} ${sample.seconds.toFixed(2).padStart(7)} s  ${sample.cpuSeconds.toFixed(2).padStart(7)} s CPU  ${sample.peakMb.toFixed(0).padStart(6)} MB  load ${loadavg()[0]!.toFixed(1).padStart(4)}  ${sample.summary}`,
    );
  }
  const ratio = (a: Mode, b: Mode, key: 'seconds' | 'cpuSeconds') =>
    samples[a] && samples[b] ? `${(samples[a][key] / samples[b][key]).toFixed(2)}x` : '-';
  for (const key of ['seconds', 'cpuSeconds'] as const) {
    const name = key === 'seconds' ? 'wall' : 'CPU';
    console.log(
      `  ${name}: parcours / direct: CSV ${ratio('parcours-csv', 'direct-csv', key)}, Parquet ${ratio('parcours-parquet', 'direct-parquet', key)} (target <= 1.5x)`,
    );
    console.log(
      `  ${name}: parcours / load-and-sort floor: CSV ${ratio('parcours-csv', 'floor-csv', key)}, Parquet ${ratio('parcours-parquet', 'floor-parquet', key)}`,
    );
  }
}

if (measured.length > 1) {
  // Linearity: seconds per million events at each size; a flat column is a linear cost. CPU time
  // too, which the other work of a shared machine disturbs less than wall time.
  for (const key of ['seconds', 'cpuSeconds'] as const) {
    console.log(
      `\n${key === 'seconds' ? 'wall' : 'CPU'} seconds per million events, by size:\n${'events'.padStart(10)}${MODES.map((mode) => mode.padStart(18)).join('')}`,
    );
    for (const { events, samples } of measured)
      console.log(
        `${String(events).padStart(10)}${MODES.map((mode) => (samples[mode] ? (samples[mode][key] / (events / 1e6)).toFixed(2) : '-').padStart(18)).join('')}`,
      );
  }
}
console.log(
  `load average after: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
