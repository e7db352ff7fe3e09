// npm run bench:events: the analysis of a generated event log (bench/events-log.ts) by Parcours,
// from CSV and from Parquet, beside floors measured in the same run: the same queries run
// directly in DuckDB over the same file, and DuckDB loading and sorting the log. Each measure is
// a fresh process (its peak memory is its own). Targets (issue 21): 10M events from CSV <= 30 s,
// from Parquet <= 20 s, under 4 GB; the analysis <= 1.5x the direct queries; a warm run (the log
// unchanged, its counts from the content cache) adds little to a build.
//   BENCH_EVENTS=1000000,10000000 npm run bench:events    (default 1000000)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchLog } from './events-log.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const sizes = (process.env.BENCH_EVENTS ?? '1000000').split(',').map(Number);
const work = process.env.BENCH_DIR ?? join(tmpdir(), 'parcours-bench-events');

const MODES = ['floor-csv', 'direct-csv', 'parcours-csv', 'floor-parquet', 'direct-parquet', 'parcours-parquet', 'parcours-warm'] as const;

interface Sample {
  seconds: number;
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
  const { seconds, summary } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { seconds: number; summary: string };
  return { seconds, peakMb: Number(/PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024, summary };
}

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
  const samples: Partial<Record<(typeof MODES)[number], Sample>> = {};
  for (const mode of MODES) samples[mode] = measure(mode, root, cacheDir);
  const line = (mode: (typeof MODES)[number]) => {
    const sample = samples[mode]!;
    return `  ${mode.padEnd(18)} ${sample.seconds.toFixed(2).padStart(7)} s  ${sample.peakMb.toFixed(0).padStart(6)} MB  ${sample.summary}`;
  };
  console.log(`\n${events} events (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV), load average ${loadavg()[0]!.toFixed(1)}:`);
  for (const mode of MODES) console.log(line(mode));
  const ratio = (a: (typeof MODES)[number], b: (typeof MODES)[number]) => (samples[a]!.seconds / samples[b]!.seconds).toFixed(2);
  console.log(
    `  parcours / direct: CSV ${ratio('parcours-csv', 'direct-csv')}x, Parquet ${ratio('parcours-parquet', 'direct-parquet')}x (target <= 1.5x)`,
  );
  console.log(
    `  parcours / load-and-sort floor: CSV ${ratio('parcours-csv', 'floor-csv')}x, Parquet ${ratio('parcours-parquet', 'floor-parquet')}x`,
  );
}
