import { basename, extname } from 'node:path';
import { checkFile, type CheckFileOptions } from './check-file.ts';
import { cacheKey, type ContentCache } from './content-cache.ts';
import { mergeMeasurements } from '../data/merge-measurements.ts';
import type { DataSource } from '../data/read-data.ts';
import { journeyInsights } from '../insights/journey-insights.ts';
import type { Insight, InsightContext } from '../insights/insight.ts';
import { locate } from '../load/locate.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import type { SourceFile, SourceKind } from '../load/read-content.ts';
import { buildJourney, buildProject } from '../model/build-project.ts';
import type { ParcoursConfig } from '../model/generated/config.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { JourneyModel, Project } from '../model/project.ts';
import { resolveConfig } from '../model/resolve-config.ts';
import { PROBLEM_CODES } from '../problem-codes.ts';
import { sortProblems, type Problem } from '../problem.ts';
import type { Finding } from '../validate/finding.ts';
import { stepsOf, type CheckedFile, type JourneyFacts, type ProjectContext } from '../validate/rule.ts';
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
  const personas: CheckedFile<Persona>[] = [];
  const journeyIds = new Set<string>();
  const personaIds = new Set<string>();
  const referencedPersonas = new Set<string>();
  let journeysIncomplete = (options.unreadable ?? []).some((path) => path.startsWith('journeys/'));
  let rawConfig: ParcoursConfig | undefined;
  let configFile: string | undefined;
  let config = resolveConfig(undefined);
  let insightsContext: InsightContext = { config, personas: new Map() };

  const ordered = [...sources].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (const [index, source] of ordered.entries()) {
    // Personas are checked against the config, journeys against the config and every persona:
    // each phase starts once the one before it is read.
    const previous = ordered[index - 1]?.kind ?? 'config';
    if (source.kind !== 'config' && previous === 'config') config = resolveConfig(rawConfig);
    if (source.kind === 'journey' && previous !== 'journey') insightsContext = { config, personas: new Map(personas.map((file) => [file.data.id, file.data])) };
    const { parsed, valid, findings: alone, key } = checkFile(source, options);
    // A copy: the cross-file rules add to it, and a cache kept in memory (parcours dev) hands back
    // the same array on every check, which would keep every earlier check's findings.
    const findings = [...alone];
    files.set(source.path, parsed);
    problems.push(...parsed.problems);
    const report = (finding: Finding) => findings.push(finding);

    if (parsed.data === undefined) {
      if (source.kind === 'journey') journeysIncomplete = true;
    } else {
      const { id, personas: named } = parsed.data as { id?: unknown; personas?: unknown };
      if (typeof id === 'string' && source.kind !== 'config') (source.kind === 'journey' ? journeyIds : personaIds).add(id);
      if (source.kind === 'journey' && Array.isArray(named)) for (const persona of named) if (typeof persona === 'string') referencedPersonas.add(persona);
      // Rules run only on data that passed its schema: they rely on the shape it promises.
      if (valid && source.kind === 'config') {
        if (configFile === undefined) [rawConfig, configFile] = [parsed.data as ParcoursConfig, source.path];
      } else if (valid) {
        const file = { path: source.path, stem: basename(source.path, extname(source.path)), data: parsed.data };
        if (source.kind === 'persona') {
          personas.push(file as CheckedFile<Persona>);
          for (const rule of RULES) rule.persona?.(file as CheckedFile<Persona>, { config, now, report });
        } else {
          const journey = file as CheckedFile<Journey>;
          const model = buildJourney(journey.path, journey.data);
          journeys.push(journeyFacts(journey));
          if (keepModel) models.push(model);
          let insights: Insight[] | undefined;
          const context = {
            config, now, report, personaIds, model,
            insights: () => (insights ??= journeyInsights(model, insightsContext)),
          };
          for (const rule of RULES) rule.journey?.(journey, context);
        }
      }
    }
    problems.push(...locateFindings(parsed, findings, options.cache, key));
    parsed.releasePositions();
    if (!keepModel) parsed.data = undefined;
  }

  if (!ordered.some((source) => source.kind === 'journey')) config = resolveConfig(rawConfig);
  const projectFindings: Finding[] = [];
  const context: ProjectContext = {
    journeys, personas: personas.map((file) => ({ path: file.path, id: file.data.id })), config, configFile, journeyIds, personaIds, referencedPersonas, journeysIncomplete, now,
    report: (finding) => projectFindings.push(finding),
  };
  for (const rule of RULES) rule.project?.(context);
  // Findings that span files are rare (broken references): each costs its file a second parse.
  for (const finding of projectFindings) {
    const file = files.get(finding.file)!;
    problems.push(toProblem(finding, file));
    file.releasePositions();
  }

  const project = buildProject(config, models, keepModel ? personas : []);
  problems.push(...mergeMeasurements(project, options.data ?? []));
  return { problems: sortProblems(problems), project, files };
}

function journeyFacts({ path, data }: CheckedFile<Journey>): JourneyFacts {
  const subJourneys = [...stepsOf(data)].flatMap(({ step, pointer }) => (step.subJourney === undefined ? [] : [{ pointer: `${pointer}/subJourney`, id: step.subJourney }]));
  return { path, id: data.id, state: data.state ?? 'current', ...(data.targetOf !== undefined ? { targetOf: data.targetOf } : {}), subJourneys };
}

/**
 * The findings of one file as problems, with line and column. Positions depend on the text and
 * the pointers alone, so with a cache they are kept under the file's key and the findings:
 * a file whose findings are the same as on an earlier run is not parsed for positions again.
 */
function locateFindings(file: ParsedFile, findings: readonly Finding[], cache: ContentCache | undefined, fileKey: string | undefined): Problem[] {
  if (findings.length === 0) return [];
  const key = cache && fileKey && cacheKey(['located', fileKey, JSON.stringify(findings)]);
  const hit = key ? cache.get(key) : undefined;
  if (Array.isArray(hit) && hit.length === findings.length) return hit as Problem[];
  const located = findings.map((finding) => toProblem(finding, file));
  if (key) cache.set(key, located);
  return located;
}

function toProblem(finding: Finding, file: ParsedFile): Problem {
  const span = locate(file, finding.pointer, finding.target);
  return {
    code: finding.code,
    severity: finding.severity ?? PROBLEM_CODES[finding.code].severity,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
    file: finding.file,
    ...span,
    pointer: finding.pointer,
  };
}
