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
import type { JourneyModel, Project } from '../model/project.ts';
import { resolveConfig } from '../model/resolve-config.ts';
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

const ORDER: Record<SourceKind, number> = { config: 0, persona: 1, journey: 2 };

/**
 * Checks content given as text, the one checker every command, the site and old revisions
 * from Git share: each file through `checkFile` (parse, schema, the rules about the file
 * alone), then what depends on other files (the config, the personas, the day, cross-file
 * rules, measured data). Pure (no file system).
 *
 * The config and personas come first, then journeys one at a time: a journey's findings are
 * located while the YAML document that read it is alive, and the document is dropped, so
 * memory holds one document at a time.
 */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const files = new Map<string, ParsedFile>();
  const problems: Problem[] = [];
  const keepModel = options.keep !== 'problems' || (options.data ?? []).length > 0;
  const journeys: JourneyFacts[] = [];
  const models: JourneyModel[] = [];
  const insights = new Map<string, Insight[]>();
  const personas: CheckedFile<Persona>[] = [];
  const journeyIds = new Set<string>();
  const personaIds = new Set<string>();
  const referencedPersonas = new Set<string>();
  let journeysIncomplete = (options.unreadable ?? []).some((path) => path.startsWith('journeys/'));
  let rawConfig: ParcoursConfig | undefined;
  let configFile: string | undefined;
  let config = resolveConfig(undefined);
  const { publicFiles } = options;
  let journeyInput: JourneyContextInput = { config, now, personaIds, publicFiles, insights: { config, personas: new Map() } };
  // With a memo, what the journeys are checked against (every config and persona file, by its
  // cache key, and the day) is one key: a journey whose own key and this one are those of the
  // previous check is not checked again.
  const { memo } = options;
  const contextKeys: (string | undefined)[] = [];
  let contextKey: string | undefined;
  const kept = new Map<string, CheckedJourney>();

  const ordered = [...sources].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (const [index, source] of ordered.entries()) {
    // Personas are checked against the config, journeys against the config and every persona:
    // each phase starts once the one before it is read.
    const previous = ordered[index - 1]?.kind ?? 'config';
    if (source.kind !== 'config' && previous === 'config') config = resolveConfig(rawConfig);
    if (source.kind === 'journey' && previous !== 'journey') {
      journeyInput = {
        config,
        now,
        personaIds,
        publicFiles,
        insights: { config, personas: new Map(personas.map((file) => [file.data.id, file.data])) },
      };
      contextKey =
        memo && contextKeys.every((key) => key !== undefined)
          ? cacheKey(['journey-context', now.toISOString(), publicFilesKey(publicFiles), ...(contextKeys as string[])])
          : undefined;
    }
    const { parsed, valid, findings: alone, key } = checkFile(source, options);
    if (source.kind !== 'journey') contextKeys.push(key);
    files.set(source.path, parsed);
    problems.push(...parsed.problems);
    // A copy: the rules below add to it, and a cache kept in memory (parcours dev) hands back the
    // same array on every check, which would keep every earlier check's findings.
    const findings = [...alone];
    const report = (finding: Finding) => findings.push(finding);
    let located = false;

    if (parsed.data === undefined) {
      if (source.kind === 'journey') journeysIncomplete = true;
    } else {
      const { id, personas: named } = parsed.data as { id?: unknown; personas?: unknown };
      if (typeof id === 'string' && source.kind !== 'config') (source.kind === 'journey' ? journeyIds : personaIds).add(id);
      if (source.kind === 'journey' && Array.isArray(named))
        for (const persona of named) if (typeof persona === 'string') referencedPersonas.add(persona);
      // Rules run only on data that passed its schema: they rely on the shape it promises.
      if (valid && source.kind === 'config') {
        if (configFile === undefined) [rawConfig, configFile] = [parsed.data as ParcoursConfig, source.path];
      } else if (valid) {
        const file = { path: source.path, stem: basename(source.path, extname(source.path)), data: parsed.data };
        if (source.kind === 'persona') {
          personas.push(file as CheckedFile<Persona>);
          for (const rule of RULES) rule.persona?.(file as CheckedFile<Persona>, { config, now, report });
        } else {
          const memoKey = contextKey && key ? cacheKey([key, contextKey]) : undefined;
          const checked =
            (memoKey && memo?.journeys.get(memoKey)) ||
            checkJourney(file as CheckedFile<Journey>, parsed, alone, journeyInput, options.cache, key);
          if (memoKey) kept.set(memoKey, checked);
          journeys.push(checked.facts);
          if (keepModel) {
            models.push(checked.model);
            insights.set(checked.facts.id, checked.insights);
          }
          problems.push(...checked.problems);
          located = true;
        }
      }
    }
    if (!located) problems.push(...locateFindings(parsed, findings, options.cache, key));
    parsed.releasePositions();
    if (!keepModel) parsed.data = undefined;
  }
  // The memo holds the journeys of this check only, so it does not grow with every edit.
  if (memo) memo.journeys = kept;

  if (!ordered.some((source) => source.kind === 'journey')) config = resolveConfig(rawConfig);
  const projectFindings: Finding[] = [];
  const context: ProjectContext = {
    journeys,
    personas: personas.map((file) => ({ path: file.path, id: file.data.id })),
    config,
    configFile,
    journeyIds,
    personaIds,
    referencedPersonas,
    journeysIncomplete,
    now,
    report: (finding) => projectFindings.push(finding),
  };
  for (const rule of RULES) rule.project?.(context);
  // Findings that span files are rare (broken references): each costs its file a second parse.
  for (const finding of projectFindings) {
    const file = files.get(finding.file)!;
    problems.push(toProblem(finding, file));
    file.releasePositions();
  }

  const built = buildProject(config, models, keepModel ? personas : []);
  problems.push(...mergeMeasurements(built, options.data ?? []));
  // After the merge: the cost to serve and channel use read the measured volumes.
  const project: Project = { ...built, series: projectSeries(built, insights) };
  return { problems: sortProblems(problems), project, files };
}

/** What public/ holds, as a key: a media file added, removed or resized checks the journeys again. */
function publicFilesKey(publicFiles: ReadonlyMap<string, number> | undefined): string {
  return publicFiles === undefined ? 'no public/' : JSON.stringify([...publicFiles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
