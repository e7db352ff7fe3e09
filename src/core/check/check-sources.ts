import { basename, extname } from 'node:path';
import { checkFile, type CheckFileOptions } from './check-file.ts';
import { checkJourney, type CheckedJourney, type CheckMemo, type JourneyContextInput } from './check-journey.ts';
import { cacheKey } from './content-cache.ts';
import { locateFindings, toProblem } from './locate-findings.ts';
import { mergeMeasurements } from '../data/merge-measurements.ts';
import type { DataSource } from '../data/read-data.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import type { SourceFile, SourceKind } from '../load/read-content.ts';
import type { Insight } from '../insights/insight.ts';
import { buildProject } from '../model/build-project.ts';
import { projectSeries } from '../model/project-series.ts';
import type { ParcoursConfig } from '../model/generated/config.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { JourneyModel } from '../model/project.ts';
import type { Project } from '../model/built-project.ts';
import { resolveConfig, type ResolvedConfig } from '../model/resolve-config.ts';
import { sortProblems, type Problem } from '../problem.ts';
import type { Finding } from '../validate/finding.ts';
import type { CheckedFile, JourneyFacts, ProjectContext } from '../validate/rule.ts';
import { RULES } from '../validate/rules/index.ts';

export interface CheckOptions extends CheckFileOptions {
  /** Today, for review ages; defaults to the clock. */
  now?: Date;
  /** Measured-data files (data/*.csv), merged into the steps' metrics and measurements. */
  data?: readonly DataSource[];
  /** Content files that exist but could not be read (bad encoding, too large...). */
  unreadable?: readonly string[];
  /**
   * `model` (default) keeps every file's data and the resolved project, for the site and the
   * diff. `problems` keeps only what reporting needs (each file's text, for code frames), so
   * memory stays flat however large the content; the project then comes back empty, unless
   * measured-data files need the journeys to be checked against.
   */
  keep?: 'model' | 'problems';
  /** Files under public/ (paths relative to it, with "/") and their sizes in bytes; media links are checked against them when given. */
  publicFiles?: ReadonlyMap<string, number>;
  /**
   * Checked journeys kept in memory from one check to the next in one process (parcours dev,
   * with a cache): a journey whose text, config, personas and day are those of the previous
   * check keeps its model and problems instead of being checked again.
   */
  memo?: CheckMemo;
}

export interface CheckResult {
  /** Every problem of every file, sorted by file and position. */
  problems: Problem[];
  /** The model of every file that passed its schema (cross-file errors do not remove a file). */
  project: Project;
  /** The parsed files, by path, for code frames and positions. */
  files: Map<string, ParsedFile>;
}

/** What every phase adds to as the files are read: the result so far, and what the references found. */
interface CheckState {
  options: CheckOptions;
  now: Date;
  /** Keep each file's data and build the model (see CheckOptions.keep). */
  keepModel: boolean;
  files: Map<string, ParsedFile>;
  problems: Problem[];
  journeyIds: Set<string>;
  personaIds: Set<string>;
  /** Personas named by any journey that could be read, valid or not. */
  referencedPersonas: Set<string>;
  journeysIncomplete: boolean;
  /** The cache keys of the config and persona files: what the journeys are checked against (see checkJourneys). */
  contextKeys: (string | undefined)[];
}

/** One file read and checked alone, with its own findings still to locate. */
interface ReadFile {
  parsed: ParsedFile;
  valid: boolean;
  /** A copy: the rules add to it, and a cache kept in memory (parcours dev) hands back the same array on every check. */
  findings: Finding[];
  key: string | undefined;
}

/**
 * Checks content given as text, the one checker every command, the site and old revisions
 * from Git share, in phases: the config, then the personas against it, then the journeys one at a
 * time against both, then the rules that span files, then the model, the measured data and the
 * series the site shows. Each file goes through `checkFile` (parse, schema, the rules about the
 * file alone) first. Pure (no file system).
 *
 * A journey's findings are located while the YAML document that read it is alive, and the
 * document is dropped, so memory holds one document at a time.
 */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  const state: CheckState = {
    options,
    now: options.now ?? new Date(),
    keepModel: options.keep !== 'problems' || (options.data ?? []).length > 0,
    files: new Map(),
    problems: [],
    journeyIds: new Set(),
    personaIds: new Set(),
    referencedPersonas: new Set(),
    journeysIncomplete: (options.unreadable ?? []).some((path) => path.startsWith('journeys/')),
    contextKeys: [],
  };
  const ofKind = (kind: SourceKind) => sources.filter((source) => source.kind === kind);
  const { config, configFile } = checkConfig(state, ofKind('config'));
  const personas = checkPersonas(state, ofKind('persona'), config);
  const journeys = checkJourneys(state, ofKind('journey'), config, personas);
  checkProjectRules(state, config, configFile, journeys.facts, personas);
  const built = buildProject(config, journeys.models, state.keepModel ? personas : []);
  state.problems.push(...mergeMeasurements(built, options.data ?? []));
  // After the merge: the cost to serve and channel use read the measured volumes. Worked out when
  // first read: no problem comes from it, and parcours dev's edit API checks a change before it
  // writes it, where the series were 60% of the check (bench:edit); the pages read them after.
  let series: Project['series'] | undefined;
  const project: Project = {
    ...built,
    get series() {
      series ??= projectSeries(built, journeys.insights);
      return series;
    },
  };
  return { problems: sortProblems(state.problems), project, files: state.files };
}

/** The config files: the first valid one is the project's config (resolved with its defaults). */
function checkConfig(state: CheckState, sources: readonly SourceFile[]): { config: ResolvedConfig; configFile: string | undefined } {
  let found: { raw: ParcoursConfig; file: string } | undefined;
  for (const source of sources) {
    const file = readFile(state, source);
    state.contextKeys.push(file.key);
    if (file.valid && file.parsed.data !== undefined && !found) found = { raw: file.parsed.data as ParcoursConfig, file: source.path };
    finishFile(state, file);
  }
  return { config: resolveConfig(found?.raw), configFile: found?.file };
}

/** The persona files, each checked against the config; those that pass their schema come back. */
function checkPersonas(state: CheckState, sources: readonly SourceFile[], config: ResolvedConfig): CheckedFile<Persona>[] {
  const personas: CheckedFile<Persona>[] = [];
  for (const source of sources) {
    const file = readFile(state, source);
    state.contextKeys.push(file.key);
    const { id } = (file.parsed.data ?? {}) as { id?: unknown };
    if (typeof id === 'string') state.personaIds.add(id);
    if (file.valid && file.parsed.data !== undefined) {
      const checked = checkedFile(source, file.parsed.data as Persona);
      personas.push(checked);
      const report = (finding: Finding) => file.findings.push(finding);
      for (const rule of RULES) rule.persona?.(checked, { config, now: state.now, report });
    }
    finishFile(state, file);
  }
  return personas;
}

/** What the checked journeys give the phases after them. */
interface CheckedJourneys {
  facts: JourneyFacts[];
  models: JourneyModel[];
  insights: Map<string, Insight[]>;
}

/**
 * The journey files, one at a time, against the config and every persona. With a memo, what the
 * journeys are checked against (every config and persona file, by its cache key, and the day) is
 * one key: a journey whose own key and this one are those of the previous check is not checked again.
 */
function checkJourneys(
  state: CheckState,
  sources: readonly SourceFile[],
  config: ResolvedConfig,
  personas: readonly CheckedFile<Persona>[],
): CheckedJourneys {
  const { memo, cache, publicFiles } = state.options;
  const input: JourneyContextInput = {
    config,
    now: state.now,
    personaIds: state.personaIds,
    publicFiles,
    insights: { config, personas: new Map(personas.map((file) => [file.data.id, file.data])) },
  };
  const contextKey =
    memo && state.contextKeys.every((key) => key !== undefined)
      ? cacheKey(['journey-context', state.now.toISOString(), publicFilesKey(publicFiles), ...(state.contextKeys as string[])])
      : undefined;
  const kept = new Map<string, CheckedJourney>();
  const result: CheckedJourneys = { facts: [], models: [], insights: new Map() };
  for (const source of sources) {
    const file = readFile(state, source);
    const { parsed, key } = file;
    if (parsed.data === undefined) state.journeysIncomplete = true;
    const { id, personas: named } = (parsed.data ?? {}) as { id?: unknown; personas?: unknown };
    if (typeof id === 'string') state.journeyIds.add(id);
    if (Array.isArray(named)) for (const persona of named) if (typeof persona === 'string') state.referencedPersonas.add(persona);
    if (!file.valid || parsed.data === undefined) {
      finishFile(state, file);
      continue;
    }
    const memoKey = contextKey && key ? cacheKey([key, contextKey]) : undefined;
    const checked =
      (memoKey && memo?.journeys.get(memoKey)) ||
      checkJourney(checkedFile(source, parsed.data as Journey), parsed, file.findings, input, cache, key);
    if (memoKey) kept.set(memoKey, checked);
    result.facts.push(checked.facts);
    if (state.keepModel) {
      result.models.push(checked.model);
      result.insights.set(checked.facts.id, checked.insights);
    }
    // checkJourney located the journey's findings itself.
    state.problems.push(...checked.problems);
    finishFile(state, { ...file, findings: [] });
  }
  // The memo holds the journeys of this check only, so it does not grow with every edit.
  if (memo) memo.journeys = kept;
  return result;
}

/** The rules that need every file (broken references, duplicate ids across files, unused personas). */
function checkProjectRules(
  state: CheckState,
  config: ResolvedConfig,
  configFile: string | undefined,
  journeys: readonly JourneyFacts[],
  personas: readonly CheckedFile<Persona>[],
): void {
  const findings: Finding[] = [];
  const context: ProjectContext = {
    journeys,
    personas: personas.map((file) => ({ path: file.path, id: file.data.id })),
    config,
    configFile,
    journeyIds: state.journeyIds,
    personaIds: state.personaIds,
    referencedPersonas: state.referencedPersonas,
    journeysIncomplete: state.journeysIncomplete,
    now: state.now,
    report: (finding) => findings.push(finding),
  };
  for (const rule of RULES) rule.project?.(context);
  // Findings that span files are rare (broken references): each costs its file a second parse.
  for (const finding of findings) {
    const file = state.files.get(finding.file)!;
    state.problems.push(toProblem(finding, file));
    file.releasePositions();
  }
}

/** One file through checkFile, kept for code frames, its parser's problems reported. */
function readFile(state: CheckState, source: SourceFile): ReadFile {
  const { parsed, valid, findings, key } = checkFile(source, state.options);
  state.files.set(source.path, parsed);
  state.problems.push(...parsed.problems);
  return { parsed, valid, findings: [...findings], key };
}

/** Locates a file's findings while its YAML is at hand, then drops what is no longer needed. */
function finishFile(state: CheckState, file: ReadFile): void {
  state.problems.push(...locateFindings(file.parsed, file.findings, state.options.cache, file.key));
  file.parsed.releasePositions();
  if (!state.keepModel) file.parsed.data = undefined;
}

function checkedFile<T>(source: SourceFile, data: T): CheckedFile<T> {
  return { path: source.path, stem: basename(source.path, extname(source.path)), data };
}

/** What public/ holds, as a key: a media file added, removed or resized checks the journeys again. */
function publicFilesKey(publicFiles: ReadonlyMap<string, number> | undefined): string {
  return publicFiles === undefined ? 'no public/' : JSON.stringify([...publicFiles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
