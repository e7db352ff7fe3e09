import { basename, extname } from 'node:path';
import { locate } from '../load/locate.ts';
import { parseSource, type ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import { mergeMeasurements } from '../data/merge-measurements.ts';
import type { DataSource } from '../data/read-data.ts';
import { buildProject } from '../model/build-project.ts';
import type { ParcoursConfig } from '../model/generated/config.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { Project } from '../model/project.ts';
import { resolveConfig } from '../model/resolve-config.ts';
import { PROBLEM_CODES } from '../problem-codes.ts';
import { sortProblems, type Problem } from '../problem.ts';
import type { Finding } from './finding.ts';
import { humanizeSchemaErrors } from './humanize-schema-errors.ts';
import type { CheckedFile, RuleContext } from './rule.ts';
import { RULES } from './rules/index.ts';
import { schemaValidators } from './schema-validators.ts';

export interface CheckOptions {
  /** Today, for review ages; defaults to the clock. */
  now?: Date;
  /** Measured-data files (data/*.csv), merged into the steps' metrics and measurements. */
  data?: readonly DataSource[];
  /** Content files that exist but could not be read (bad encoding, too large...). */
  unreadable?: readonly string[];
}

export interface CheckResult {
  /** Every problem of every file, sorted by file and position. */
  problems: Problem[];
  /** The model of every file that passed its schema (cross-file errors do not remove a file). */
  project: Project;
  /** The parsed files, by path, for code frames and positions. */
  files: Map<string, ParsedFile>;
}

/**
 * Checks content given as text: parse, schema, then the cross-file rules, all files in one run.
 * Pure (no file system), so the CLI, the site and the history of old revisions share it.
 */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  const validators = schemaValidators();
  const files = new Map<string, ParsedFile>();
  const problems: Problem[] = [];
  const findings: Finding[] = [];
  const journeys: CheckedFile<Journey>[] = [];
  const personas: CheckedFile<Persona>[] = [];
  const journeyIds = new Set<string>();
  const personaIds = new Set<string>();
  const referencedPersonas = new Set<string>();
  let journeysIncomplete = (options.unreadable ?? []).some((path) => path.startsWith('journeys/'));
  let rawConfig: ParcoursConfig | undefined;
  let configFile: string | undefined;

  for (const source of sources) {
    const parsed = parseSource(source);
    files.set(source.path, parsed);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) {
      if (source.kind === 'journey') journeysIncomplete = true;
      continue;
    }
    const { id, personas: named } = parsed.data as { id?: unknown; personas?: unknown };
    if (typeof id === 'string') (source.kind === 'journey' ? journeyIds : personaIds).add(id);
    if (source.kind === 'journey' && Array.isArray(named)) for (const persona of named) if (typeof persona === 'string') referencedPersonas.add(persona);
    const validate = validators[source.kind];
    if (!validate(parsed.data)) {
      findings.push(...humanizeSchemaErrors(source.kind, source.path, parsed.data, validate.errors ?? []));
      continue;
    }
    const stem = basename(source.path, extname(source.path));
    if (source.kind === 'journey') journeys.push({ path: source.path, stem, data: parsed.data as Journey });
    else if (source.kind === 'persona') personas.push({ path: source.path, stem, data: parsed.data as Persona });
    else if (configFile === undefined) {
      rawConfig = parsed.data as ParcoursConfig;
      configFile = source.path;
    }
  }

  const config = resolveConfig(rawConfig);
  const context: RuleContext = {
    journeys, personas, config, configFile, journeyIds, personaIds, referencedPersonas, journeysIncomplete,
    now: options.now ?? new Date(),
    report: (finding) => findings.push(finding),
  };
  for (const rule of RULES) rule.check(context);

  // File by file, so each file's positions are parsed once and released before the next:
  // with warnings in most files, keeping every positioned document would cost gigabytes.
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.get(finding.file)?.push(finding) ?? byFile.set(finding.file, [finding]);
  for (const [path, found] of byFile) {
    const file = files.get(path)!;
    for (const finding of found) problems.push(toProblem(finding, file));
    file.releasePositions();
  }
  const project = buildProject(config, journeys, personas);
  problems.push(...mergeMeasurements(project, options.data ?? []));
  return { problems: sortProblems(problems), project, files };
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
