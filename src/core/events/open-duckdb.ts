import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { engineMemoryLimit } from './engine-memory.ts';

/** Settings of the embedded engine. */
export interface EngineOptions {
  /** What the analysis may take in all ("4GB", the config's `events.memoryLimit`); DuckDB gets its share (engine-memory.ts) and spills to `spillDir` past it. */
  memoryLimit: string;
  /** Where DuckDB spills (in a folder of the run's own, removed on close); default the system's temporary folder. */
  spillDir?: string;
  /** Threads DuckDB may use; default one per core. */
  threads?: number;
}

/**
 * An in-memory DuckDB with bounded memory: tables stay in memory up to the limit, and sorts,
 * joins and aggregates spill to `spillDir` past it (DuckDB's temp_directory). No extension is
 * installed or loaded: CSV and Parquet reading are built into the engine the npm package ships.
 * Timestamps without an offset are read as UTC, so months and durations are the same everywhere.
 * The order rows are stored in is not kept, save while CSV files are loaded (load-events.ts).
 */
export async function openDuckDb(options: EngineOptions): Promise<{ connection: DuckDBConnection; close(): void }> {
  // A folder of this run's own: two builds spilling into one folder could meet on a file name.
  if (options.spillDir) mkdirSync(options.spillDir, { recursive: true });
  const spillDir = mkdtempSync(join(options.spillDir ?? tmpdir(), 'parcours-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: engineMemoryLimit(options.memoryLimit),
    temp_directory: spillDir,
    ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
    // Every result is ordered by its query (ORDER BY, or sorted in JavaScript): keeping the scans'
    // order made each CREATE TABLE ... GROUP BY and each Parquet scan with file_row_number run on
    // one thread (case_paths: 2.2 s on one core against 1.3 s on two, for 10M events).
    preserve_insertion_order: 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(spillDir, { recursive: true, force: true });
    },
  };
}

/** Quotes a name for SQL ("my col" with doubled quotes inside). */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a text as an SQL string literal. */
export function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Runs a query and returns its rows as plain objects, big integers turned into numbers. */
export async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) plain[key] = typeof value === 'bigint' ? Number(value) : value;
    return plain;
  });
}
