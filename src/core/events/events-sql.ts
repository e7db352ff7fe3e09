/**
 * Every query of the analysis, in one place: `parcours events --sql` prints them, and a team
 * whose logs live in a warehouse runs them there (docs/observed-format.md). Plain SQL with the
 * standard window functions (LAG, LEAD, ROW_NUMBER, a frame), PERCENTILE_CONT ... WITHIN GROUP
 * and EXTRACT(EPOCH ...), which DuckDB, PostgreSQL, Snowflake, BigQuery and Spark SQL all read,
 * save for small spellings noted in the documentation.
 *
 * They read two tables:
 * - `events (case_id, ts, event, channel, ord, file_id, row_in_file)`: the good rows of the logs,
 *   `ts` a timestamp, `ord` the optional order column as a number, `file_id` and `row_in_file`
 *   the file order that breaks the remaining ties (a warehouse gives its ingestion sequence, or 0);
 * - `step_map (event, journey, step_index)`: each event name mapped to a step of a journey,
 *   `step_index` the step's position in the map (Parcours writes it from the steps' `events`).
 *
 * The definitions (pm4py's, with the map's steps as activities):
 * - a case's events on one journey are ordered by time, then `ord`, then the file order;
 * - a **visit** is a run of consecutive events of a case on the same step; it starts at its
 *   first event, ends at its last one, and its channel is that of its first event (the channel
 *   of a switch's origin is that of the previous visit's last event);
 * - two visits of a case one after the other are a **directly-follows** pair; the time between
 *   them runs from the end of the first to the start of the second.
 */

/** One query, with the name of the table or result it makes. */
export interface NamedQuery {
  name: string;
  /** What it computes, printed above it by `--sql`. */
  purpose: string;
  sql: string;
}

/** The order of the events of a case: time, the order column, then the file order. */
const EVENT_ORDER = 'ts, ord, file_id, row_in_file';

/** The tables the aggregates read: visits, then each case's visits per step. */
export const PREPARE_QUERIES: readonly NamedQuery[] = [
  {
    name: 'visits',
    purpose:
      'One row per visit: the events of the journey (joined on step_map), runs of the same step merged; with the previous and next visit of the case.',
    sql: `CREATE TABLE visits AS
WITH mapped AS (
  SELECT m.journey, e.case_id, m.step_index, e.ts, e.channel, e.ord, e.file_id, e.row_in_file
  FROM events e JOIN step_map m ON m.event = e.event
), ordered AS (
  SELECT mapped.*, LAG(step_index) OVER w AS before_step, LEAD(step_index) OVER w AS after_step
  FROM mapped
  WINDOW w AS (PARTITION BY journey, case_id ORDER BY ${EVENT_ORDER})
), bounds AS (
  SELECT ordered.*,
    CASE WHEN before_step IS NULL OR before_step <> step_index THEN 1 ELSE 0 END AS opens,
    CASE WHEN after_step IS NULL OR after_step <> step_index THEN 1 ELSE 0 END AS closes
  FROM ordered
  WHERE before_step IS NULL OR before_step <> step_index OR after_step IS NULL OR after_step <> step_index
), spans AS (
  SELECT journey, case_id, step_index, opens, ts AS started, channel AS first_channel, ord, file_id, row_in_file,
    CASE WHEN closes = 1 THEN ts ELSE LEAD(ts) OVER b END AS ended,
    CASE WHEN closes = 1 THEN channel ELSE LEAD(channel) OVER b END AS last_channel
  FROM bounds
  WINDOW b AS (PARTITION BY journey, case_id ORDER BY ${EVENT_ORDER})
)
SELECT journey, case_id, step_index, started, ended, first_channel, last_channel,
  ROW_NUMBER() OVER v AS visit_no,
  LAG(step_index) OVER v AS prev_step,
  LAG(last_channel) OVER v AS prev_channel,
  LAG(ended) OVER v AS prev_ended,
  LEAD(step_index) OVER v AS next_step,
  MAX(step_index) OVER (v ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS later_max
FROM spans
WHERE opens = 1
WINDOW v AS (PARTITION BY journey, case_id ORDER BY started, ord, file_id, row_in_file)`,
  },
  {
    name: 'case_steps',
    purpose:
      'One row per case and step it visits: how many visits, and whether the case went on to a later step of the map afterwards (continued).',
    sql: `CREATE TABLE case_steps AS
SELECT journey, case_id, step_index, COUNT(*) AS visits,
  MAX(CASE WHEN later_max > step_index THEN 1 ELSE 0 END) AS continued
FROM visits
GROUP BY journey, case_id, step_index`,
  },
  {
    name: 'case_paths',
    purpose:
      "One row per case: its variant (the steps of its visits, in order), whether its visits follow the map's order (skips allowed: each step after the one before), and when it was first and last seen.",
    sql: `CREATE TABLE case_paths AS
SELECT journey, case_id,
  STRING_AGG(CAST(step_index AS VARCHAR), ' ' ORDER BY visit_no) AS path,
  MIN(CASE WHEN prev_step IS NULL OR step_index > prev_step THEN 1 ELSE 0 END) AS in_order,
  MIN(started) AS first_seen,
  MAX(ended) AS last_seen
FROM visits
GROUP BY journey, case_id`,
  },
];

/** How many variants per journey the analysis keeps; the others are summed as "other". */
export const TOP_VARIANTS = 20;

/** The aggregates: no case id leaves these queries, only counts over groups of cases. */
export const AGGREGATE_QUERIES = {
  journeys: {
    name: 'journeys',
    purpose: 'Per journey: cases, cases whose visits follow the map order, variants, and the period observed.',
    sql: `SELECT journey, COUNT(*) AS cases, SUM(in_order) AS in_order, COUNT(DISTINCT path) AS variants,
  MIN(first_seen) AS first_seen, MAX(last_seen) AS last_seen
FROM case_paths
GROUP BY journey`,
  },
  steps: {
    name: 'steps',
    purpose: 'Per step: cases that reach it, visits, cases that went on to a later step, cases that came back to it.',
    sql: `SELECT journey, step_index, COUNT(*) AS reached, SUM(visits) AS visits, SUM(continued) AS continued,
  SUM(CASE WHEN visits > 1 THEN 1 ELSE 0 END) AS returned
FROM case_steps
GROUP BY journey, step_index`,
  },
  starts: {
    name: 'starts',
    purpose: 'Per step: cases whose first visit is there (where cases enter the journey).',
    sql: `SELECT journey, step_index, COUNT(*) AS cases FROM visits WHERE visit_no = 1 GROUP BY journey, step_index`,
  },
  ends: {
    name: 'ends',
    purpose: 'Per step: cases whose last visit is there (where cases leave the journey).',
    sql: `SELECT journey, step_index, COUNT(*) AS cases FROM visits WHERE next_step IS NULL GROUP BY journey, step_index`,
  },
  follows: {
    name: 'follows',
    purpose:
      'Per directly-follows pair: how often, by how many cases, and the median and 90th percentile of the seconds between the two visits.',
    sql: `SELECT journey, prev_step AS from_step, step_index AS to_step, COUNT(*) AS transitions, COUNT(DISTINCT case_id) AS cases,
  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY seconds) AS median_seconds,
  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY seconds) AS p90_seconds
FROM (
  SELECT journey, case_id, prev_step, step_index, EXTRACT(EPOCH FROM started) - EXTRACT(EPOCH FROM prev_ended) AS seconds
  FROM visits WHERE prev_step IS NOT NULL
) pairs
GROUP BY journey, prev_step, step_index`,
  },
  channels: {
    name: 'channels',
    purpose: 'Per step and channel: visits starting on that channel, and by how many cases.',
    sql: `SELECT journey, step_index, first_channel AS channel, COUNT(*) AS visits, COUNT(DISTINCT case_id) AS cases
FROM visits WHERE first_channel IS NOT NULL
GROUP BY journey, step_index, first_channel`,
  },
  switches: {
    name: 'switches',
    purpose: "Per channel switch: consecutive visits of a case whose channels differ (the previous visit's last, the next one's first).",
    sql: `SELECT journey, prev_step AS from_step, step_index AS to_step, prev_channel AS from_channel, first_channel AS to_channel,
  COUNT(*) AS switches, COUNT(DISTINCT case_id) AS cases
FROM visits
WHERE prev_channel IS NOT NULL AND first_channel IS NOT NULL AND prev_channel <> first_channel
GROUP BY journey, prev_step, step_index, prev_channel, first_channel`,
  },
  contacts: {
    name: 'contacts',
    purpose: 'Per month and channel: contacts (visits, dated by their start, in UTC) and the cases making them.',
    sql: `SELECT journey, EXTRACT(YEAR FROM started) AS year, EXTRACT(MONTH FROM started) AS month, first_channel AS channel,
  COUNT(*) AS contacts, COUNT(DISTINCT case_id) AS cases
FROM visits WHERE first_channel IS NOT NULL
GROUP BY journey, EXTRACT(YEAR FROM started), EXTRACT(MONTH FROM started), first_channel`,
  },
  variants: {
    name: 'variants',
    purpose: `Per journey, the ${TOP_VARIANTS} most frequent variants and their cases (the rest is the journey's cases minus these).`,
    sql: `SELECT journey, path, cases FROM (
  SELECT journey, path, cases, ROW_NUMBER() OVER (PARTITION BY journey ORDER BY cases DESC, path) AS place
  FROM (SELECT journey, path, COUNT(*) AS cases FROM case_paths GROUP BY journey, path) counted
) ranked
WHERE place <= ${TOP_VARIANTS}`,
  },
} as const satisfies Record<string, NamedQuery>;

export type AggregateName = keyof typeof AGGREGATE_QUERIES;

/**
 * The extract a warehouse sends back instead of its whole log: the events of the mapped
 * names only, with the case id replaced by a hash. Saved as Parquet under data/events/, it is
 * read like any other log. `:mapped_events` stands for the list of event names `--sql` prints.
 */
export const WAREHOUSE_EXTRACT: NamedQuery = {
  name: 'extract',
  purpose:
    'Run in the warehouse over your events table; save the result as Parquet under data/events/. Case ids are hashed, and only the events the map names leave the warehouse.',
  sql: `SELECT SHA256(CAST(case_id AS VARCHAR)) AS case_id, ts AS timestamp, event, channel
FROM your_events
WHERE event IN (:mapped_events)`,
};

/** Every query, in the order they run, as `parcours events --sql` prints them. */
export function allQueries(): NamedQuery[] {
  return [...PREPARE_QUERIES, ...Object.values(AGGREGATE_QUERIES)];
}
