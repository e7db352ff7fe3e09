import type { DuckDBConnection } from '@duckdb/node-api';
import { AGGREGATE_QUERIES, type AggregateName, PREPARE_QUERIES } from './events-sql.ts';
import type { JourneyCounts } from './journey-counts.ts';
import type { StepMapping } from './map-events.ts';
import { rowsOf } from './open-duckdb.ts';

type Row = Record<string, unknown>;

/**
 * Runs the analysis over the `events` view (loadEvents) and the mappings: writes `step_map`,
 * builds the visit tables, reads every aggregate, and gives the counts of each journey that
 * has cases. The tables are dropped afterwards, so the connection can analyse again.
 */
export async function analyseEvents(connection: DuckDBConnection, mappings: readonly StepMapping[]): Promise<JourneyCounts[]> {
  await connection.run('CREATE OR REPLACE TABLE step_map (event VARCHAR, journey VARCHAR, step_index INTEGER)');
  const appender = await connection.createAppender('step_map');
  for (const mapping of mappings) {
    appender.appendVarchar(mapping.event);
    appender.appendVarchar(mapping.journey);
    appender.appendInteger(mapping.stepIndex);
    appender.endRow();
  }
  appender.closeSync();
  for (const table of ['visits', 'case_steps', 'case_paths']) await connection.run(`DROP TABLE IF EXISTS ${table}`);
  for (const query of PREPARE_QUERIES) await connection.run(query.sql);
  const results = {} as Record<AggregateName, Row[]>;
  for (const [name, query] of Object.entries(AGGREGATE_QUERIES)) results[name as AggregateName] = await rowsOf(connection, query.sql);
  return countsByJourney(results);
}

/** Groups the aggregates' rows by journey, in a stable order. */
export function countsByJourney(results: Record<AggregateName, Row[]>): JourneyCounts[] {
  const of = (name: AggregateName, journey: string) => results[name].filter((row) => row.journey === journey);
  const number = (value: unknown) => Number(value);
  const byStep = <T extends { step?: number; from?: number; to?: number }>(rows: T[]) =>
    rows.sort((a, b) => (a.step ?? a.from ?? 0) - (b.step ?? b.from ?? 0) || (a.to ?? 0) - (b.to ?? 0));
  return results.journeys
    .map((row) => {
      const journey = String(row.journey);
      return {
        journey,
        cases: number(row.cases),
        inOrder: number(row.in_order),
        variants: number(row.variants),
        firstSeen: isoOf(row.first_seen),
        lastSeen: isoOf(row.last_seen),
        steps: byStep(
          of('steps', journey).map((step) => ({
            step: number(step.step_index),
            reached: number(step.reached),
            visits: number(step.visits),
            continued: number(step.continued),
            returned: number(step.returned),
          })),
        ),
        starts: byStep(of('starts', journey).map((start) => ({ step: number(start.step_index), cases: number(start.cases) }))),
        ends: byStep(of('ends', journey).map((end) => ({ step: number(end.step_index), cases: number(end.cases) }))),
        follows: byStep(
          of('follows', journey).map((pair) => ({
            from: number(pair.from_step),
            to: number(pair.to_step),
            transitions: number(pair.transitions),
            cases: number(pair.cases),
            medianSeconds: number(pair.median_seconds),
            p90Seconds: number(pair.p90_seconds),
          })),
        ),
        channels: byStep(
          of('channels', journey).map((channel) => ({
            step: number(channel.step_index),
            channel: String(channel.channel),
            visits: number(channel.visits),
            cases: number(channel.cases),
          })),
        ).sort((a, b) => a.step - b.step || b.visits - a.visits || (a.channel < b.channel ? -1 : 1)),
        switches: of('switches', journey)
          .map((change) => ({
            from: number(change.from_step),
            to: number(change.to_step),
            fromChannel: String(change.from_channel),
            toChannel: String(change.to_channel),
            switches: number(change.switches),
            cases: number(change.cases),
          }))
          .sort(
            (a, b) =>
              b.switches - a.switches ||
              a.from - b.from ||
              a.to - b.to ||
              (a.fromChannel + a.toChannel < b.fromChannel + b.toChannel ? -1 : 1),
          ),
        contacts: of('contacts', journey)
          .map((contact) => ({
            month: `${number(contact.year)}-${String(number(contact.month)).padStart(2, '0')}`,
            channel: String(contact.channel),
            contacts: number(contact.contacts),
            cases: number(contact.cases),
          }))
          .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.channel < b.channel ? -1 : 1)),
        topVariants: of('variants', journey)
          .map((variant) => ({ steps: String(variant.path).split(' ').map(Number), cases: number(variant.cases) }))
          .sort((a, b) => b.cases - a.cases || (a.steps.join(' ') < b.steps.join(' ') ? -1 : 1)),
      };
    })
    .sort((a, b) => (a.journey < b.journey ? -1 : 1));
}

function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
