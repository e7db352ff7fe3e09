// One measure of bench/events.ts, in a process of its own: prints {"seconds", "summary"} last.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openContentCache, flushContentCaches } from '../src/core/check/content-cache.ts';
import { checkProject } from '../src/core/check/check-project.ts';
import { checkEvents } from '../src/core/events/check-events.ts';
import { engineMemoryLimit } from '../src/core/events/engine-memory.ts';
import { DEFAULT_MEMORY_LIMIT } from '../src/core/events/events-config.ts';
import { AGGREGATE_QUERIES, PREPARE_QUERIES } from '../src/core/events/events-sql.ts';
import { BENCH_STEPS } from './events-log.ts';

const [mode, root, cacheDir] = process.argv.slice(2) as [string, string, string];
const csv = join(root, 'data/events/log.csv');
const parquetRoot = join(root, 'parquet');
const parquet = join(parquetRoot, 'data/events/log.parquet');

async function engine() {
  // The settings Parcours runs with (src/core/events/open-duckdb.ts), so the floors gain what it gains.
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: engineMemoryLimit(DEFAULT_MEMORY_LIMIT),
    temp_directory: join(root, '.spill'),
    preserve_insertion_order: 'false',
  });
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  return connection;
}

/** The Parquet copy of the log, written once (not timed), under a content root of its own. */
async function ensureParquet(): Promise<void> {
  if (existsSync(parquet)) return;
  const { mkdirSync, cpSync } = await import('node:fs');
  mkdirSync(join(parquetRoot, 'data/events'), { recursive: true });
  cpSync(join(root, 'journeys'), join(parquetRoot, 'journeys'), { recursive: true });
  const connection = await engine();
  await connection.run(
    `COPY (SELECT case_id, CAST(timestamp AS TIMESTAMPTZ) AS timestamp, event, channel FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
  );
}

const source = (format: string) =>
  format === 'csv'
    ? `read_csv('${csv}', header = true, columns = {'case_id': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'event': 'VARCHAR', 'channel': 'VARCHAR'})`
    : `read_parquet('${parquet}')`;
// The timestamp as the analysis reads it, a TIMESTAMP in UTC: the log's stamps end in Z, which a
// TIMESTAMP column reads; the Parquet copy's TIMESTAMPTZ is turned as Parcours turns it
// (load-events.ts), not through the time zone library, which would slow the floor, not Parcours.
const timestamp = (format: string) => (format === 'csv' ? 'timestamp' : 'make_timestamp(epoch_us(timestamp))');

async function run(): Promise<string> {
  if (mode.endsWith('parquet')) await ensureParquet();
  if (mode.startsWith('floor-')) {
    // DuckDB loading the log into a table and sorting it by case and time: what any analysis of paths pays.
    const connection = await engine();
    await connection.run(`CREATE TABLE t AS SELECT * FROM ${source(mode.slice(6))}`);
    await connection.run('CREATE TABLE s AS SELECT * FROM t ORDER BY case_id, timestamp');
    const reader = await connection.runAndReadAll('SELECT COUNT(*) FROM s');
    return `${reader.getRows()[0]![0]} rows loaded and sorted`;
  }
  if (mode.startsWith('direct-')) {
    // The same queries as Parcours, typed columns read directly, the step map written as SQL.
    const connection = await engine();
    await connection.run(
      `CREATE TABLE events AS SELECT case_id, ${timestamp(mode.slice(7))} AS ts, event, channel, CAST(NULL AS DOUBLE) AS ord, 0 AS file_id, 0 AS row_in_file FROM ${source(mode.slice(7))}`,
    );
    const { eventPattern } = await import('../src/core/events/event-pattern.ts');
    const names = (await connection.runAndReadAll('SELECT DISTINCT event FROM events')).getRows().map((row) => String(row[0]));
    const rows = names.flatMap((name) => {
      const index = BENCH_STEPS.findIndex(
        ([id, pattern]) => eventPattern(pattern).test(name) || (id === 'justificatif' && name === 'phone:justificatif'),
      );
      return index < 0 ? [] : [`('${name}', 'souscription', ${index})`];
    });
    await connection.run(`CREATE TABLE step_map AS SELECT * FROM (VALUES ${rows.join(', ')}) AS m(event, journey, step_index)`);
    for (const query of PREPARE_QUERIES) await connection.run(query.sql);
    let total = 0;
    for (const query of Object.values(AGGREGATE_QUERIES)) total += (await connection.runAndReadAll(query.sql)).currentRowCount;
    return `${total} aggregate rows`;
  }
  const contentRoot = mode === 'parcours-parquet' ? parquetRoot : root;
  const checked = await checkProject(contentRoot);
  // A cold run has an empty cache, as a first build does: it pays the log's digest and the cache's writes.
  const cacheOf = join(cacheDir, mode === 'parcours-parquet' ? 'parquet' : 'csv');
  if (mode !== 'parcours-warm') rmSync(cacheOf, { recursive: true, force: true });
  const warmed = existsSync(cacheOf);
  const cache = openContentCache(cacheOf);
  if (mode === 'parcours-warm' && !warmed) {
    // The cold CSV run before it filled the cache; without it, filled here (not timed).
    await checkEvents(contentRoot, checked.project.journeys, checked.project.config.events, { cache });
    await flushContentCaches();
  }
  const started = process.hrtime.bigint();
  cpuAt = process.cpuUsage();
  const result = await checkEvents(contentRoot, checked.project.journeys, checked.project.config.events, { cache });
  await flushContentCaches();
  startedAt = started;
  return `${result.counts[0]?.cases ?? 0} cases, ${result.rows} rows, ${result.badRows} bad${result.cached ? ', from the cache' : ''}`;
}

let startedAt: bigint | undefined;
let cpuAt: NodeJS.CpuUsage | undefined;
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
const summary = await run();
const seconds = Number(process.hrtime.bigint() - (startedAt ?? started)) / 1e9;
// CPU time of every thread of the process (DuckDB's too): on a machine others share, what the work cost.
const cpu = process.cpuUsage(cpuAt ?? cpuStarted);
console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, summary }));
