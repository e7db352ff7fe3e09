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
 *
 * The log is sorted once (one window, PARTITION BY journey, case ORDER BY the event order): the
 * event just before a visit's first event is the previous visit's last one, so its step, channel
 * and time are the previous visit's step, last channel and end, read with LAG, with no second
 * window over the visits. Every aggregate is then a grouping of the one `visits` table.
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

/**
 * A case's path is its visits' steps in the order of their first events. Sorting each case's
 * list of event_no * STEP_SLOTS + step_index and keeping the step (the remainder) gives it three
 * times faster than STRING_AGG(... ORDER BY event_no), whose per-group sort cost 2 s of a 20 s
 * analysis of 10M events; a map has far fewer steps than STEP_SLOTS. In a warehouse, write
 * STRING_AGG(CAST(step_index AS VARCHAR), ' ' ORDER BY event_no) FILTER (WHERE opens = 1)
 * (docs/observed-format.md).
 */
const STEP_SLOTS = 65536;

/** The tables the aggregates read: visits, then each case's visits per step, then each case's path. */
export const PREPARE_QUERIES: readonly NamedQuery[] = [
  {
    name: 'visits',
    purpose:
      "The events of the journey (joined on step_map) that open a visit (opens = 1), and each case's last event (last_event = 1), with the event before each (the previous visit's step, last channel and end) and the latest step the case reaches after it.",
    sql: `CREATE TABLE visits AS
WITH mapped AS (
  SELECT m.journey, e.case_id, m.step_index, e.ts, e.channel, e.ord, e.file_id, e.row_in_file
  FROM events e JOIN step_map m ON m.event = e.event
), ordered AS (
  SELECT journey, case_id, step_index, ts, channel,
    ROW_NUMBER() OVER w AS event_no,
    LAG(step_index) OVER w AS prev_step,
    LAG(channel) OVER w AS prev_channel,
    LAG(ts) OVER w AS prev_ended,
    LEAD(step_index) OVER w AS next_event_step,
    MAX(step_index) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS later_max
  FROM mapped
  WINDOW w AS (PARTITION BY journey, case_id ORDER BY ${EVENT_ORDER})
)
SELECT journey, case_id, step_index, ts, channel, event_no, prev_step, prev_channel, prev_ended, later_max,
  CASE WHEN prev_step IS NULL OR prev_step <> step_index THEN 1 ELSE 0 END AS opens,
  CASE WHEN next_event_step IS NULL THEN 1 ELSE 0 END AS last_event
FROM ordered
WHERE prev_step IS NULL OR prev_step <> step_index OR next_event_step IS NULL`,
  },
  {
    name: 'case_steps',
    purpose:
      'One row per case and step it visits: how many visits, and whether the case went on to a later step of the map afterwards (continued).',
    sql: `CREATE TABLE case_steps AS
SELECT journey, case_id, step_index, COUNT(*) AS visits,
  MAX(CASE WHEN later_max > step_index THEN 1 ELSE 0 END) AS continued
FROM visits
WHERE opens = 1
GROUP BY journey, case_id, step_index`,
  },
  {
    name: 'case_paths',
    purpose:
      "One row per case: its variant (the steps of its visits, in order), whether its visits follow the map's order (skips allowed: each step after the one before), and when it was first and last seen.",
    sql: `CREATE TABLE case_paths AS
SELECT journey, case_id,
  ARRAY_TO_STRING(LIST_TRANSFORM(LIST_SORT(LIST(event_no * ${STEP_SLOTS} + step_index) FILTER (WHERE opens = 1)), lambda x: x % ${STEP_SLOTS}), ' ') AS path,
  MIN(CASE WHEN opens = 0 OR prev_step IS NULL OR step_index > prev_step THEN 1 ELSE 0 END) AS in_order,
  MIN(ts) AS first_seen,
  MAX(ts) AS last_seen
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
    sql: `SELECT journey, step_index, COUNT(*) AS cases FROM visits WHERE prev_step IS NULL GROUP BY journey, step_index`,
  },
  ends: {
    name: 'ends',
    purpose: 'Per step: cases whose last visit is there (where cases leave the journey).',
    sql: `SELECT journey, step_index, COUNT(*) AS cases FROM visits WHERE last_event = 1 GROUP BY journey, step_index`,
  },
  follows: {
    name: 'follows',
    purpose:
      'Per directly-follows pair: how often, by how many cases, and the median and 90th percentile of the seconds between the two visits.',
    sql: `SELECT journey, prev_step AS from_step, step_index AS to_step, COUNT(*) AS transitions, COUNT(DISTINCT case_id) AS cases,
  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY seconds) AS median_seconds,
  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY seconds) AS p90_seconds
FROM (
  SELECT journey, case_id, prev_step, step_index, EXTRACT(EPOCH FROM ts) - EXTRACT(EPOCH FROM prev_ended) AS seconds
  FROM visits WHERE opens = 1 AND prev_step IS NOT NULL
) pairs
GROUP BY journey, prev_step, step_index`,
  },
  channels: {
    name: 'channels',
    purpose: 'Per step and channel: visits starting on that channel, and by how many cases.',
    sql: `SELECT journey, step_index, channel, COUNT(*) AS visits, COUNT(DISTINCT case_id) AS cases
FROM visits WHERE opens = 1 AND channel IS NOT NULL
GROUP BY journey, step_index, channel`,
  },
  switches: {
    name: 'switches',
    purpose: "Per channel switch: consecutive visits of a case whose channels differ (the previous visit's last, the next one's first).",
    sql: `SELECT journey, prev_step AS from_step, step_index AS to_step, prev_channel AS from_channel, channel AS to_channel,
  COUNT(*) AS switches, COUNT(DISTINCT case_id) AS cases
FROM visits
WHERE opens = 1 AND prev_channel IS NOT NULL AND channel IS NOT NULL AND prev_channel <> channel
GROUP BY journey, prev_step, step_index, prev_channel, channel`,
  },
  contacts: {
    name: 'contacts',
    purpose: 'Per month and channel: contacts (visits, dated by their start, in UTC) and the cases making them.',
    sql: `SELECT journey, EXTRACT(YEAR FROM ts) AS year, EXTRACT(MONTH FROM ts) AS month, channel,
  COUNT(*) AS contacts, COUNT(DISTINCT case_id) AS cases
FROM visits WHERE opens = 1 AND channel IS NOT NULL
GROUP BY journey, EXTRACT(YEAR FROM ts), EXTRACT(MONTH FROM ts), channel`,
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
