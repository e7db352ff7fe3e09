import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import type { CheckResult } from '../check/check-sources.ts';
import { checkEvents } from './check-events.ts';
import { openDuckDb } from './open-duckdb.ts';

const known = fileURLToPath(new URL('./fixtures/known/', import.meta.url));
let root: string;
let checked: CheckResult;

/** A content root with the known journeys and the given logs instead of the known one. */
function withLogs(logs: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'case-'));
  cpSync(join(known, 'journeys'), join(dir, 'journeys'), { recursive: true });
  for (const [path, text] of Object.entries(logs)) {
    mkdirSync(join(dir, 'data/events', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'data/events', path), text);
  }
  return dir;
}

const analyse = (dir: string, config = checked.project.config.events) =>
  checkEvents(dir, checked.project.journeys, config, { files: checked.files });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parcours-events-'));
  checked = await checkProject(known);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bad rows and missing columns', () => {
  it('reports rows without a case, with an unreadable timestamp or an extra field at file:line, and analyses the good rows', async () => {
    const dir = withLogs({
      'a.csv': [
        'case_id,timestamp,event,channel',
        'c1,2026-03-02T08:00:00Z,web:/offres/fibre,web',
        ',2026-03-02T09:00:00Z,web:/offres/fibre,web',
        'c1,le 3 mars,web:/compte/formulaire/1,web',
        'c1,2026-03-02T10:00:00Z,web:/compte/formulaire/1,web,en trop',
        'c1,2026-03-02T11:00:00Z,crm:justificatif_recu,web',
        '',
      ].join('\n'),
    });
    const result = await analyse(dir);
    const bad = result.problems.filter((problem) => problem.code === 'events-bad-row');
    expect(bad.map(({ file, line, severity, params }) => ({ file, line, severity, reason: params?.reason }))).toEqual([
      { file: 'data/events/a.csv', line: 3, severity: 'warning', reason: 'case' },
      { file: 'data/events/a.csv', line: 4, severity: 'warning', reason: 'timestamp' },
      { file: 'data/events/a.csv', line: 5, severity: 'warning', reason: 'TOO MANY COLUMNS' },
    ]);
    expect(result.badRows).toBe(3);
    expect(result.rows).toBe(2);
    expect(result.counts[0]!.topVariants).toEqual([{ steps: [0, 2], cases: 1 }]);
  });

  it('shows the first five bad rows of a file and counts the rest in a sixth problem', async () => {
    const rows = ['case_id,timestamp,event,channel'];
    for (let index = 0; index < 12; index++) rows.push(`c${index},pas une date,web:/faq,web`);
    const result = await analyse(withLogs({ 'b.csv': `${rows.join('\n')}\n` }));
    const bad = result.problems.filter((problem) => problem.code === 'events-bad-row');
    expect(bad.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(bad[5]!.params).toEqual({ reason: 'more', more: 7 });
  });

  it('names a missing column with the columns found, leaves that file out and reads the others', async () => {
    const dir = withLogs({
      'sans-cas.csv': 'client,timestamp,event\nx,2026-03-02T08:00:00Z,web:/offres/fibre\n',
      'bon.csv': 'case_id,timestamp,event\nc1,2026-03-02T08:00:00Z,web:/offres/fibre\n',
    });
    const result = await analyse(dir);
    const missing = result.problems.filter((problem) => problem.code === 'events-missing-column');
    expect(missing).toMatchObject([
      {
        file: 'data/events/sans-cas.csv',
        line: 1,
        severity: 'error',
        params: { columns: ['case_id'], found: ['client', 'timestamp', 'event'] },
      },
    ]);
    expect(result.counts[0]!.cases).toBe(1);
  });

  it('recognises the XES column names and the names the config gives', async () => {
    const xes = withLogs({ 'xes.csv': 'case:concept:name,time:timestamp,concept:name\nc1,2026-03-02T08:00:00Z,web:/offres/fibre\n' });
    expect((await analyse(xes)).counts[0]!.cases).toBe(1);
    const named = withLogs({ 'fr.csv': 'dossier;quand;quoi;canal\nc1;2026-03-02 08:00:00;web:/offres/fibre;web\n' });
    const config = { ...checked.project.config.events, columns: { case: 'dossier', timestamp: 'quand', event: 'quoi', channel: 'canal' } };
    const result = await analyse(named, config);
    expect(result.counts[0]!.channels).toEqual([{ step: 0, channel: 'web', visits: 1, cases: 1 }]);
  });

  it('reports a file that is not a log, and still analyses the others', async () => {
    const dir = withLogs({
      'casse.parquet': 'pas du parquet',
      'bon.csv': 'case_id,timestamp,event\nc1,2026-03-02T08:00:00Z,web:/offres/fibre\n',
    });
    const result = await analyse(dir);
    expect(result.problems.filter((problem) => problem.code === 'events-file-unreadable').map((problem) => problem.file)).toEqual([
      'data/events/casse.parquet',
    ]);
    expect(result.counts[0]!.cases).toBe(1);
  });
});

describe('Parquet', () => {
  it('reads hive-partitioned Parquet folders in place, with the partition column, and names bad rows by row number', async () => {
    const dir = withLogs({});
    mkdirSync(join(dir, 'data/events'), { recursive: true });
    const engine = await openDuckDb({ memoryLimit: '256MB' });
    try {
      await engine.connection.run(`COPY (SELECT * FROM read_csv('${join(known, 'data/events/log.csv')}', all_varchar = true))
        TO '${join(dir, 'data/events/hive')}' (FORMAT parquet, PARTITION_BY (channel))`);
      await engine.connection.run(`COPY (SELECT 'c99' AS case_id, 'hier' AS timestamp, 'web:/faq' AS event, 'web' AS channel
        UNION ALL SELECT NULL, '2026-03-02T08:00:00Z', 'web:/faq', 'web') TO '${join(dir, 'data/events/plat.parquet')}' (FORMAT parquet)`);
    } finally {
      engine.close();
    }
    const fromParquet = await analyse(dir);
    const fromCsv = await analyse(known);
    expect(fromParquet.counts).toEqual(fromCsv.counts);
    expect(fromParquet.problems.filter((problem) => problem.code === 'events-bad-row').map(({ file, line }) => [file, line])).toEqual([
      ['data/events/plat.parquet', 1],
      ['data/events/plat.parquet', 2],
    ]);
  });
});

describe('typed Parquet timestamps', () => {
  it('reads TIMESTAMP WITH TIME ZONE and TIMESTAMP columns as the CSV text gives them, and a missing one as a bad row', async () => {
    // Regression: TIMESTAMPTZ is read through its microseconds since the epoch, not a CAST through the time zone library.
    for (const type of ['TIMESTAMPTZ', 'TIMESTAMP']) {
      const dir = withLogs({});
      mkdirSync(join(dir, 'data/events'), { recursive: true });
      const engine = await openDuckDb({ memoryLimit: '256MB' });
      try {
        // The known log's offsets applied by TIMESTAMPTZ, then written as a typed column in UTC.
        await engine.connection.run(`COPY (SELECT case_id, CAST(CAST(timestamp AS TIMESTAMPTZ) AS ${type}) AS timestamp, event, channel
          FROM read_csv('${join(known, 'data/events/log.csv')}', all_varchar = true)) TO '${join(dir, 'data/events/a.parquet')}' (FORMAT parquet)`);
        await engine.connection.run(`COPY (SELECT 'c99' AS case_id, CAST(NULL AS ${type}) AS timestamp, 'web:/faq' AS event, 'web' AS channel)
          TO '${join(dir, 'data/events/b.parquet')}' (FORMAT parquet)`);
      } finally {
        engine.close();
      }
      const fromParquet = await analyse(dir);
      expect(fromParquet.counts).toEqual((await analyse(known)).counts);
      expect(
        fromParquet.problems
          .filter((problem) => problem.code === 'events-bad-row')
          .map(({ file, line, params }) => [file, line, params?.reason]),
      ).toEqual([['data/events/b.parquet', 1, 'timestamp-missing']]);
    }
  });
});

describe('patterns', () => {
  it('reports two steps of one journey matching the same event, on the later pattern, and keeps the event at the first step', async () => {
    const journeys = checked.project.journeys.map((journey) =>
      journey.id !== 'souscription'
        ? journey
        : {
            ...journey,
            steps: journey.steps.map((step) => (step.index === 1 ? { ...step, events: ['web:/co*', 'web:/offres/fibre'] } : step)),
          },
    );
    const result = await checkEvents(known, journeys, checked.project.config.events, { files: checked.files });
    const overlaps = result.problems.filter((problem) => problem.code === 'events-pattern-overlap');
    expect(overlaps.map(({ pointer, severity, params }) => ({ pointer, severity, event: params?.event }))).toEqual([
      { pointer: '/stages/0/steps/1/events/1', severity: 'error', event: 'web:/offres/fibre' },
    ]);
    expect(result.counts[0]!.starts[0]).toEqual({ step: 0, cases: 7 });
  });
});
