import type { DuckDBConnection } from '@duckdb/node-api';
import { problem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { BAD_ROWS_SHOWN, badRowProblems, type BadRow } from './bad-row-problems.ts';
import { type FileColumns, resolveColumns } from './event-columns.ts';
import type { EventsConfig } from './events-config.ts';
import type { EventLogFile } from './find-event-logs.ts';
import { quoteName, quoteText, rowsOf } from './open-duckdb.ts';

/** What loading the logs gave: the `events` view holds the good rows. */
export interface LoadedEvents {
  /** Each event name of the good rows, with how many rows carry it, by name. */
  eventNames: { event: string; rows: number }[];
  /** Good rows, and rows left out. */
  rows: number;
  badRows: number;
  /** Missing columns, unreadable files, bad rows: located at file:line (a row number for Parquet). */
  problems: Problem[];
}

/**
 * Reads every log file in place into the table `loaded` (DuckDB scans the files; nothing is
 * read into JavaScript), with the view `events` over its good rows: the table the queries of
 * events-sql.ts read. Each file is read with its own column names (the config's, the defaults
 * or the XES ones); a file lacking one is reported and left out, and the others are still read.
 * A row whose case is missing, whose timestamp cannot be read or that does not fit the CSV
 * header is reported and left out; the good rows are analysed.
 */
export async function loadEvents(
  connection: DuckDBConnection,
  files: readonly EventLogFile[],
  config: EventsConfig,
): Promise<LoadedEvents> {
  const problems: Problem[] = [];
  const selects: string[] = [];
  const readable: { file: EventLogFile; id: number }[] = [];
  for (const [id, file] of files.entries()) {
    let described: Record<string, unknown>[];
    try {
      described = await rowsOf(connection, `DESCRIBE SELECT * FROM ${readFunction(file, id, false)}`);
    } catch (error) {
      if (!isFileError(error)) throw error;
      problems.push(unreadable(file, error));
      continue;
    }
    const found = described.map((row) => String(row.column_name));
    const columns = resolveColumns(found, config);
    if ('missing' in columns) {
      problems.push(missingColumns(file, columns.missing, found));
      continue;
    }
    const timestampType = String(described.find((row) => row.column_name === columns.timestamp)?.column_type);
    selects.push(selectFile(file, id, columns, timestampType));
    readable.push({ file, id });
  }
  const body = selects.length > 0 ? selects.join('\nUNION ALL\n') : EMPTY_SELECT;
  // A CSV row's number comes from the order of the scan (selectFile), which DuckDB keeps only with
  // preserve_insertion_order; the engine runs without it otherwise (open-duckdb.ts).
  const csv = readable.some(({ file }) => file.format === 'csv');
  if (csv) await connection.run('SET preserve_insertion_order = true');
  try {
    await connection.run(`CREATE OR REPLACE TABLE loaded AS
SELECT file_id, row_in_file, case_id, ts, event, channel, ord,
  CASE WHEN case_id IS NULL OR case_id = '' THEN 'case'
       WHEN ts IS NULL AND (ts_text IS NULL OR ts_text = '') THEN 'timestamp-missing'
       WHEN ts IS NULL THEN 'timestamp'
       WHEN event IS NULL OR event = '' THEN 'event' END AS problem,
  CASE WHEN ts IS NULL THEN ts_text END AS bad_value
FROM (${body}) source`);
  } catch (error) {
    // The engine failing (memory, the disk full while spilling) is no fault of a file: it is thrown, as an I/O error.
    if (!isFileError(error)) throw error;
    // A file DESCRIBE could read and the scan could not (a truncated Parquet file): nothing is half-analysed.
    return { eventNames: [], rows: 0, badRows: 0, problems: [...problems, ...readable.map(({ file }) => unreadable(file, error))] };
  } finally {
    if (csv) await connection.run('SET preserve_insertion_order = false');
  }
  // A CSV row's place in its file is its rowid (the table keeps the order of the scan), which
  // orders the events as a row number does; the number itself is worked out for bad rows only.
  await connection.run(
    `CREATE OR REPLACE VIEW events AS SELECT case_id, ts, event, channel, ord, file_id, ${ROW_IN_FILE} AS row_in_file FROM loaded WHERE problem IS NULL`,
  );
  const shown = await rowsOf(
    connection,
    `SELECT file_id, place_in_file, problem, bad_value FROM (
  SELECT file_id, ${ROW_IN_FILE} AS place_in_file, problem, bad_value, ROW_NUMBER() OVER (PARTITION BY file_id ORDER BY ${ROW_IN_FILE}) AS place
  FROM loaded WHERE problem IS NOT NULL) first_ones
WHERE place <= ${BAD_ROWS_SHOWN + 1}`,
  );
  // One pass for the rows, the bad rows and the first rowid of every file.
  const byFile = await rowsOf(
    connection,
    'SELECT file_id, COUNT(*) AS rows, COUNT(problem) AS bad, MIN(rowid) AS first_rowid FROM loaded GROUP BY file_id',
  );
  const badRowsRead = byFile.reduce((sum, row) => sum + Number(row.bad), 0);
  const rowsRead = byFile.reduce((sum, row) => sum + Number(row.rows), 0);
  let rejected = 0;
  for (const { file, id } of readable) {
    const firstRowid = Number(byFile.find((row) => row.file_id === id)?.first_rowid ?? 0);
    const badRows: BadRow[] = shown
      .filter((row) => row.file_id === id)
      .map((row) => ({
        row: file.format === 'csv' ? Number(row.place_in_file) - firstRowid + 1 : Number(row.place_in_file),
        reason: String(row.problem),
        ...(row.bad_value != null ? { value: String(row.bad_value) } : {}),
      }));
    let total = Number(byFile.find((row) => row.file_id === id)?.bad ?? 0);
    const rejects: BadRow[] = [];
    if (file.format === 'csv') {
      const [{ count } = { count: 0 }] = await rowsOf(connection, `SELECT COUNT(*) AS count FROM rejects_${id}`);
      total += Number(count);
      rejected += Number(count);
      for (const reject of await rowsOf(
        connection,
        `SELECT line, error_type, error_message FROM rejects_${id} ORDER BY line LIMIT ${BAD_ROWS_SHOWN + 1}`,
      ))
        rejects.push({ line: Number(reject.line), reason: String(reject.error_type), value: String(reject.error_message) });
    }
    problems.push(...badRowProblems(file, badRows, rejects, total));
  }
  const eventNames = (await rowsOf(connection, 'SELECT event, COUNT(*) AS rows FROM events GROUP BY event ORDER BY event')).map((row) => ({
    event: String(row.event),
    rows: Number(row.rows),
  }));
  return { eventNames, rows: rowsRead - badRowsRead, badRows: badRowsRead + rejected, problems };
}

/** The table function reading one file; `rejects` stores the CSV rows that do not fit the header, numbered by line. */
function readFunction(file: EventLogFile, id: number, rejects: boolean): string {
  const path = quoteText(file.absolute);
  if (file.format === 'parquet') return `read_parquet(${path}, hive_partitioning = true, file_row_number = true)`;
  // The sniffer reads the header the same way with or without the rejects table: ignoring errors, so a bad row does not turn the file into one column.
  const store = rejects
    ? `, store_rejects = true, rejects_table = 'rejects_${id}', rejects_scan = 'reject_scans_${id}'`
    : ', ignore_errors = true';
  return `read_csv(${path}, all_varchar = true, header = true${store})`;
}

/**
 * One file's rows with the columns renamed to their roles and typed. A Parquet row is numbered
 * by the reader (file_row_number); a CSV row is left unnumbered: the table keeps the order of
 * the scan (preserve_insertion_order, set for the loading of CSV files), so its rowid gives the
 * file order (ROW_IN_FILE). Numbering it with `row_number() OVER ()` gave the same order but ran
 * the parallel CSV reader's output through one thread; WITH ORDINALITY serialised the reader.
 */
function selectFile(file: EventLogFile, id: number, columns: FileColumns, timestampType: string): string {
  const text = (name: string) => `CAST(${quoteName(name)} AS VARCHAR)`;
  const row = file.format === 'parquet' ? 'file_row_number + 1' : 'CAST(NULL AS BIGINT)';
  return `SELECT ${id} AS file_id, ${row} AS row_in_file, ${text(columns.case)} AS case_id,
  ${timestampOf(quoteName(columns.timestamp), timestampType)} AS ts, ${timestampText(quoteName(columns.timestamp), timestampType)} AS ts_text,
  ${text(columns.event)} AS event,
  ${columns.channel !== undefined ? text(columns.channel) : 'CAST(NULL AS VARCHAR)'} AS channel,
  ${columns.order !== undefined ? `TRY_CAST(${quoteName(columns.order)} AS DOUBLE)` : 'CAST(NULL AS DOUBLE)'} AS ord
FROM ${readFunction(file, id, true)}`;
}

/**
 * A timestamp column as a TIMESTAMP in UTC. A text with an offset (+02:00, -0500) goes through
 * TIMESTAMPTZ, which applies it (a plain TIMESTAMP cast drops it); the others are cast directly,
 * twice as fast as TIMESTAMPTZ's parser, and read as UTC. Parquet timestamps are typed already.
 * A TIMESTAMPTZ becomes a TIMESTAMP through its microseconds since the epoch: CAST goes through
 * the time zone library for every row (3.5 s of CPU for 10M Parquet timestamps, against 0.3 s).
 */
function timestampOf(column: string, type: string): string {
  const utc = (instant: string) => `make_timestamp(epoch_us(${instant}))`;
  if (type === 'TIMESTAMP WITH TIME ZONE') return utc(column);
  if (type !== 'VARCHAR') return `TRY_CAST(${column} AS TIMESTAMP)`;
  const tail = `substr(${column}, 20)`;
  return `CASE WHEN length(${column}) > 19 AND (${tail} LIKE '%+%' OR ${tail} LIKE '%-%')
    THEN ${utc(`TRY_CAST(${column} AS TIMESTAMPTZ)`)} ELSE TRY_CAST(${column} AS TIMESTAMP) END`;
}

/**
 * The timestamp as text, for the message of a row whose timestamp cannot be read. A CSV's text
 * is read as is; a typed (Parquet) column is written as text only where it does not give a
 * timestamp: writing 10M Parquet timestamps as text took a third of loading them.
 */
function timestampText(column: string, type: string): string {
  if (type === 'VARCHAR') return column;
  return `CASE WHEN ${timestampOf(column, type)} IS NULL THEN CAST(${column} AS VARCHAR) END`;
}

/** Where a loaded row sits in its file, in file order: the Parquet row number, or for CSV the table's rowid. */
const ROW_IN_FILE = 'COALESCE(row_in_file, rowid)';

const EMPTY_SELECT = `SELECT CAST(NULL AS INTEGER) AS file_id, CAST(NULL AS BIGINT) AS row_in_file, CAST(NULL AS VARCHAR) AS case_id,
  CAST(NULL AS TIMESTAMP) AS ts, CAST(NULL AS VARCHAR) AS ts_text, CAST(NULL AS VARCHAR) AS event, CAST(NULL AS VARCHAR) AS channel,
  CAST(NULL AS DOUBLE) AS ord WHERE false`;

/** DuckDB's errors that come from what a file holds, as opposed to the engine's own (Out of Memory, ...). */
function isFileError(error: unknown): boolean {
  return /^(IO|Invalid Input|Conversion|Parser|Invalid) Error/.test(String((error as Error)?.message ?? error));
}

function unreadable(file: EventLogFile, error: unknown): Problem {
  const reason = String((error as Error)?.message ?? error).split('\n')[0]!;
  return problem('events-file-unreadable', { file: file.path }, { format: file.format, reason });
}

function missingColumns(file: EventLogFile, missing: { role: string; name: string }[], found: readonly string[]): Problem {
  const names = missing.map((column) => column.name);
  return problem(
    'events-missing-column',
    { file: file.path },
    { columns: names, roles: missing.map((column) => column.role), found: [...found] },
  );
}
