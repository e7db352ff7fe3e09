import { cacheKey, type ContentCache } from '../check/content-cache.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import { toProblem } from '../check/locate-findings.ts';
import type { JourneyModel } from '../model/project.ts';
import { problem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import type { Finding } from '../validate/finding.ts';
import { analyseEvents } from './analyse-events.ts';
import type { EventsConfig } from './events-config.ts';
import { allQueries } from './events-sql.ts';
import { findEventLogs } from './find-event-logs.ts';
import type { JourneyCounts } from './journey-counts.ts';
import { type LoadedEvents, loadEvents } from './load-events.ts';
import { logDigest } from './log-digest.ts';
import { mapEvents } from './map-events.ts';
import { openDuckDb } from './open-duckdb.ts';

/** What the analysis of a content root's logs gives. */
export interface EventsResult {
  /** Whether data/events/ holds any log at all. */
  logs: number;
  /** Counts per journey having cases (before small groups are withheld). */
  counts: JourneyCounts[];
  eventNames: LoadedEvents['eventNames'];
  rows: number;
  badRows: number;
  problems: Problem[];
  /** Whether the counts came from the cache (the logs were not read). */
  cached: boolean;
}

export interface CheckEventsOptions {
  cache?: ContentCache;
  /** The parsed journey files, to locate problems on the steps' patterns. */
  files?: ReadonlyMap<string, ParsedFile>;
  spillDir?: string;
  threads?: number;
}

/** Changes whenever the queries do, so counts made by other queries are never served. */
const CODE_KEY = cacheKey(['events-code-2', ...allQueries().map((query) => query.sql)]);

/**
 * Reads the logs under data/events/ and analyses every journey whose steps list `events`.
 * An unchanged log (the same content digest, the same column names) reuses what an earlier run
 * found in the content cache: its event names and bad rows, and, for the same mapping of events
 * to steps, its counts; DuckDB is then not even opened. Never throws for a bad log: what cannot
 * be read is a problem, and the rest is analysed.
 */
export async function checkEvents(
  root: string,
  journeys: readonly JourneyModel[],
  config: EventsConfig,
  options: CheckEventsOptions = {},
): Promise<EventsResult> {
  const files = await findEventLogs(root);
  const mapped = journeys.filter((journey) => journey.steps.some((step) => (step.events ?? []).length > 0));
  const empty: EventsResult = { logs: files.length, counts: [], eventNames: [], rows: 0, badRows: 0, problems: [], cached: false };
  if (files.length === 0) return empty;
  const { cache } = options;
  const digests = await Promise.all(files.map((file) => logDigest(file, cache)));
  const logKey = cacheKey([CODE_KEY, JSON.stringify(config.columns), ...files.flatMap((file, index) => [file.path, digests[index]!])]);
  const loadedKey = cacheKey(['events-loaded', logKey]);
  let loaded = cache?.get(loadedKey) as LoadedEvents | undefined;
  let counts: JourneyCounts[] | undefined;
  let findings: Finding[] = [];
  if (loaded) {
    const mapping = mapEvents(
      mapped,
      loaded.eventNames.map((name) => name.event),
    );
    findings = mapping.findings;
    counts = cache?.get(cacheKey(['events-counts', logKey, JSON.stringify(mapping.mappings)])) as JourneyCounts[] | undefined;
  }
  const cached = counts !== undefined;
  if (!counts) {
    const engine = await openDuckDb({ memoryLimit: config.memoryLimit, spillDir: options.spillDir, threads: options.threads });
    try {
      loaded = await loadEvents(engine.connection, files, config);
      const mapping = mapEvents(
        mapped,
        loaded.eventNames.map((name) => name.event),
      );
      findings = mapping.findings;
      counts = mapping.mappings.length > 0 ? await analyseEvents(engine.connection, mapping.mappings) : [];
      cache?.set(loadedKey, loaded);
      cache?.set(cacheKey(['events-counts', logKey, JSON.stringify(mapping.mappings)]), counts);
    } finally {
      engine.close();
    }
  }
  const located = findings.map((finding) => locateFinding(finding, options.files));
  return {
    logs: files.length,
    counts,
    eventNames: loaded!.eventNames,
    rows: loaded!.rows,
    badRows: loaded!.badRows,
    problems: [...loaded!.problems, ...located],
    cached,
  };
}

function locateFinding(finding: Finding, files: ReadonlyMap<string, ParsedFile> | undefined): Problem {
  const file = files?.get(finding.file);
  if (file) return toProblem(finding, file);
  return problem(finding.code, { file: finding.file, pointer: finding.pointer }, finding.params, finding.severity);
}
