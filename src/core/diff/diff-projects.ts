import { basename, extname } from 'node:path';
import { changeMessages, type ChangeNames } from '../messages/change-sentences.ts';
import type { Problem } from '../problem.ts';
import type { CheckResult } from '../check/check-sources.ts';
import type { JourneyModel, PersonaModel } from '../model/project.ts';
import type { Change } from './change.ts';
import { compareEmotions, type EmotionComparison } from './compare-emotions.ts';
import { diffJourney } from './diff-journey.ts';
import { diffPersona } from './diff-persona.ts';
import { locateChanges } from './locate-changes.ts';
import { matchById } from './match-by-id.ts';
import { recordChanges } from './record-change.ts';

/** The changes of one journey or persona between the two sides. */
export interface SubjectDiff {
  type: 'journey' | 'persona';
  /** The id on the head side (on the base side for a removed one). */
  id: string;
  /** The id on the base side, when it changed. */
  previousId?: string;
  /** Title of the journey or name of the persona. */
  name: string;
  status: 'added' | 'removed' | 'modified' | 'invalid';
  files: { before?: string; after?: string };
  changes: Change[];
  warnings: number;
  /** Both versions' emotion curves lined up, for journeys whose steps or emotions changed. */
  emotion?: EmotionComparison;
}

/** Everything that changed between two checked versions of the content. */
export interface ProjectDiff {
  /** Journeys then personas, each by id; only those with changes. */
  subjects: SubjectDiff[];
  totals: { subjects: number; changes: number; warnings: number };
  /** Errors of each side's content: a file with errors has no model, so it is reported, not compared. */
  problems: { before: Problem[]; after: Problem[] };
}

/**
 * Compares every journey and persona of two versions of the content. Matching is by id; a
 * journey whose id (and file) changed is matched by the same title, then by the same steps; a
 * persona by the same name. A file that does not validate on one side is reported as invalid there.
 */
export function diffProjects(before: CheckResult, after: CheckResult): ProjectDiff {
  const names = changeNamesOf(before, after);
  const subjects: SubjectDiff[] = [
    ...compareKind('journey', before, after, before.project.journeys, after.project.journeys, names),
    ...compareKind('persona', before, after, before.project.personas, after.project.personas, names),
  ];
  const changes = subjects.reduce((sum, subject) => sum + subject.changes.length, 0);
  const warnings = subjects.reduce((sum, subject) => sum + subject.warnings, 0);
  const errors = (result: CheckResult) => result.problems.filter((problem) => problem.severity === 'error');
  return { subjects, totals: { subjects: subjects.length, changes, warnings }, problems: { before: errors(before), after: errors(after) } };
}

type Model = JourneyModel | PersonaModel;

/** Names of journeys, personas and channels for the sentences that describe changes: the head's, then the base's. */
export function changeNamesOf(before: CheckResult, after: CheckResult): ChangeNames {
  const titles = new Map([...before.project.journeys, ...after.project.journeys].map((journey) => [journey.id, journey.title]));
  const personas = new Map([...before.project.personas, ...after.project.personas].map((persona) => [persona.id, persona.name]));
  const channels = (id: string) => after.project.config.channels.get(id)?.name ?? before.project.config.channels.get(id)?.name;
  return { journeyTitle: (id) => titles.get(id), personaName: (id) => personas.get(id), channelName: channels };
}

function compareKind<T extends Model>(
  type: 'journey' | 'persona',
  beforeResult: CheckResult,
  afterResult: CheckResult,
  beforeModels: readonly T[],
  afterModels: readonly T[],
  names: ChangeNames,
): SubjectDiff[] {
  const dir = type === 'journey' ? 'journeys/' : 'personas/';
  const invalidBefore = invalidFiles(beforeResult, beforeModels, dir);
  const invalidAfter = invalidFiles(afterResult, afterModels, dir);
  const subjects: SubjectDiff[] = [];
  const compared = (models: readonly T[], invalid: Map<string, Problem[]>) => models.filter((model) => !invalid.has(stem(model.file)));

  for (const [id, problems] of invalidAfter) {
    const old = invalidBefore.get(id);
    if (old && afterResult.files.get(problems[0]!.file)?.source.text === beforeResult.files.get(old[0]!.file)?.source.text) continue;
    subjects.push(
      invalidSubject(
        type,
        id,
        'after',
        problems,
        beforeModels.find((model) => model.id === id),
        names,
      ),
    );
  }
  for (const [id, problems] of invalidBefore) {
    const now = afterModels.find((model) => model.id === id);
    if (now) subjects.push(invalidSubject(type, id, 'before', problems, now, names));
  }

  const match = matchById(compared(beforeModels, invalidAfter), compared(afterModels, invalidBefore), sameName, sameSteps);
  const diff = (old: T | undefined, now: T | undefined) =>
    type === 'journey'
      ? diffJourney(old as JourneyModel | undefined, now as JourneyModel | undefined, names)
      : diffPersona(old as PersonaModel | undefined, now as PersonaModel | undefined, names);
  const entries = [
    ...match.pairs.map(({ before, after }) => ({ before, after })),
    ...match.removed.map((before) => ({ before, after: undefined })),
    ...match.added.map((after) => ({ before: undefined, after })),
  ];
  for (const { before, after } of entries) {
    const changes = locateChanges(diff(before, after), beforeResult.files, afterResult.files);
    if (changes.length === 0) continue;
    const subject = (after ?? before)!;
    // Metric changes too: the comment shows measured figures beside the curves, by the steps' names.
    const emotional = changes.some(
      (change) =>
        change.kind === 'emotion-changed' ||
        change.kind === 'step-added' ||
        change.kind === 'step-removed' ||
        change.kind === 'metric-changed',
    );
    subjects.push({
      type,
      id: subject.id,
      ...(before && after && before.id !== after.id ? { previousId: before.id } : {}),
      name: nameOf(subject),
      status: before && after ? 'modified' : after ? 'added' : 'removed',
      files: { ...(before ? { before: before.file } : {}), ...(after ? { after: after.file } : {}) },
      changes,
      warnings: changes.filter((change) => change.level === 'warn').length,
      ...(type === 'journey' && before && after && emotional
        ? {
            emotion: compareEmotions(before as JourneyModel, after as JourneyModel, {
              min: afterResult.project.config.emotionScale.min,
              max: afterResult.project.config.emotionScale.max,
            }),
          }
        : {}),
    });
  }
  return subjects.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Files of one kind that have errors and no model, by the id their file name gives them, with their errors. */
function invalidFiles(result: CheckResult, models: readonly Model[], dir: string): Map<string, Problem[]> {
  const modelled = new Set(models.map((model) => model.file));
  const invalid = new Map<string, Problem[]>();
  for (const path of result.files.keys()) {
    if (!path.startsWith(dir) || modelled.has(path)) continue;
    invalid.set(
      stem(path),
      result.problems.filter((problem) => problem.file === path && problem.severity === 'error'),
    );
  }
  return invalid;
}

function invalidSubject(
  type: 'journey' | 'persona',
  id: string,
  side: 'before' | 'after',
  problems: Problem[],
  other: Model | undefined,
  names: ChangeNames,
): SubjectDiff {
  const file = problems[0]?.file ?? `${type}s/${id}.yaml`;
  // The CLI's reader wants the error itself; the site's sentence says only that the file was not compared.
  const describe = changeMessages(type === 'journey' && other ? [other as JourneyModel] : [], names);
  const withError = (change: Change) =>
    `${describe(change)}${problems[0] ? ` ${problems.length === 1 ? 'Its error' : `The first of its ${problems.length} errors`}: ${problems[0].message}` : ''}`;
  const recorder = recordChanges(side === 'before' ? file : undefined, side === 'after' ? file : undefined, withError);
  recorder.add(type === 'journey' ? 'journey-invalid' : 'persona-invalid', {
    ...(type === 'journey' ? { journey: id } : { persona: id }),
    // Broken on the base side and fixed on the head side is good news.
    level: side === 'after' ? 'warn' : 'info',
    at: side === 'before' ? { before: problems[0]?.pointer ?? '' } : { after: problems[0]?.pointer ?? '' },
  });
  const [change] = recorder.changes;
  const first = problems[0];
  if (first) change!.location[side] = { file, pointer: first.pointer, line: first.line, column: first.column };
  return {
    type,
    id,
    name: other ? nameOf(other) : id,
    status: 'invalid',
    files: { [side]: file, ...(other ? { [side === 'after' ? 'before' : 'after']: other.file } : {}) },
    changes: recorder.changes,
    warnings: side === 'after' ? 1 : 0,
  };
}

function sameName(before: Model, after: Model): boolean {
  return nameOf(before) === nameOf(after);
}

// A journey retitled in the same commit as its file was renamed is still the same map if its steps are.
function sameSteps(before: Model, after: Model): boolean {
  if (!('steps' in before) || !('steps' in after)) return false;
  const steps = (journey: JourneyModel) => journey.steps.map((step) => step.id).join('\u0000');
  return before.steps.length > 0 && steps(before) === steps(after);
}

function nameOf(model: Model): string {
  return 'title' in model ? model.title : model.name;
}

function stem(path: string): string {
  return basename(path, extname(path));
}
