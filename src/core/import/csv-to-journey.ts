import { unguardFormula } from '../csv/formula-guard.ts';
import { columnOf, emotionColumnPersona, JOURNEY_COLUMNS, METRIC_KEYS, type JourneyColumn } from '../csv/journey-columns.ts';
import { parseCsv, type CsvCell, type CsvRow } from '../csv/parse-csv.ts';
import { parseMetric } from '../csv/parse-metric.ts';
import { SLUG, uniqueSlug } from '../author/unique-slug.ts';
import type { Journey, Metrics, Stage, Step } from '../model/generated/journey.ts';
import { problem, suggesting } from '../make-problem.ts';
import type { ProblemCode } from '../problem-codes.ts';
import type { Problem, ProblemParams } from '../problem.ts';
import { closest, slugify } from '../validate/suggest.ts';
import { assignPersonas, buildEmotion, defaultStageName, type ImportOptions, type ImportResult } from './import-options.ts';
import { channelMatcher } from './match-channel.ts';
import { emotionReader } from './read-emotion.ts';
import { readDetailCells } from './read-detail-cells.ts';
import { readableId } from './readable-id.ts';
import { splitList } from './split-list.ts';

const YES = new Set(['oui', 'yes', 'true', 'vrai', 'x', '1', '✓', '✔']);
const NO = new Set(['', 'non', 'no', 'false', 'faux', '0']);

interface Header {
  columns: Map<JourneyColumn, number>;
  /** Per-persona emotion columns: the persona's name as the header writes it. */
  personas: { name: string; index: number }[];
}

/**
 * Turns a spreadsheet (a row a step) into a journey: see JOURNEY_COLUMNS for the headers it
 * knows, in French or English, and readDetailCells for the columns of touchpoint, opportunity,
 * evidence and backstage details. A row with an empty stage stays in the stage above (merged cells
 * come out that way); ids are taken from the id columns or made from the names. Every bad cell
 * is reported at its line and column and the other rows are still read; the journey is returned
 * only when no error was found, so nothing half-imported gets written.
 */
export function csvToJourney(text: string, options: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  const at = (cell: { line: number; column: number }, code: ProblemCode, params?: ProblemParams) =>
    problems.push(problem(code, { file: options.file, line: cell.line, column: cell.column }, params));
  const parsed = parseCsv(text);
  if (parsed.unterminatedQuote) {
    at(parsed.unterminatedQuote, 'csv-syntax');
    return { problems };
  }
  const rows = parsed.rows.filter((row) => row.cells.some((cell) => cell.value.trim() !== ''));
  const headerRow = rows.shift();
  const header = headerRow ? readHeader(headerRow, at) : undefined;
  if (!headerRow || !header?.columns.has('step')) {
    at({ line: headerRow?.line ?? 1, column: 1 }, 'csv-missing-column', {
      case: 'import',
      names: [JOURNEY_COLUMNS.step.fr, JOURNEY_COLUMNS.step.en, ...JOURNEY_COLUMNS.step.aliases],
    });
    return { problems };
  }

  const matchChannel = channelMatcher(options.config);
  const readEmotion = emotionReader(options.config);
  const { ids: personaIds, created } = assignPersonas(
    new Map(header.personas.map(({ name, index }) => [name, { line: headerRow.line, column: headerRow.cells[index]!.column }])),
    options,
  );
  const personas = header.personas.map(({ name }) => personaIds.get(name)!);
  const stages: Stage[] = [];
  const stageIds = new Set<string>();
  const stepIds = new Set<string>();
  const cellOf = (row: CsvRow, column: JourneyColumn): CsvCell | undefined => {
    const index = header.columns.get(column);
    return index === undefined ? undefined : row.cells[index];
  };
  const textOf = (row: CsvRow, column: JourneyColumn) => unguardFormula(cellOf(row, column)?.value ?? '').trim();

  for (const row of rows) {
    const stageName = textOf(row, 'stage');
    const stageId = textOf(row, 'stageId');
    let stage = stages.at(-1);
    if (!stage || (stageName !== '' && stageName !== stage.name) || (stageId !== '' && stageId !== stage.id)) {
      const name = stageName || stage?.name || defaultStageName(options.config.lang);
      stage = {
        id: uniqueSlug(SLUG.test(stageId) ? stageId : readableId(name), stageIds, 'stage'),
        name,
        steps: [] as unknown as Stage['steps'],
      };
      stages.push(stage);
    }
    const name = textOf(row, 'step');
    if (name === '') {
      at(cellOf(row, 'step') ?? row.cells[0]!, 'empty-value', { case: 'csv-step-name' });
      continue;
    }
    const givenId = textOf(row, 'stepId');
    if (givenId !== '' && stepIds.has(givenId)) at(cellOf(row, 'stepId')!, 'duplicate-id', { what: 'csv-step', id: givenId });
    const step: Step = { id: uniqueSlug(SLUG.test(givenId) ? givenId : readableId(name), stepIds, 'step'), name };
    const description = textOf(row, 'description');
    if (description) step.description = description;

    const touchpoints: string[] = [];
    for (const item of textOf(row, 'channels')
      .split(/[;,\r\n]+/)
      .map((part) => part.trim())
      .filter(Boolean)) {
      const channel = matchChannel(item);
      if (channel) touchpoints.push(channel);
      else {
        const guess = closest(slugify(item), options.config.channels.keys());
        at(
          cellOf(row, 'channels')!,
          'unknown-channel',
          suggesting({ channel: item, known: [...options.config.channels.keys()].slice(0, 6) }, guess),
        );
      }
    }
    if (touchpoints.length > 0) step.touchpoints = [...new Set(touchpoints)];

    const emotionCells = header.personas.length > 0 ? header.personas.map(({ index }) => row.cells[index]) : [cellOf(row, 'emotion')];
    const values = emotionCells.map((cell) => {
      if (!cell) return undefined;
      const value = readEmotion(unguardFormula(cell.value));
      if (typeof value !== 'object') return value;
      at(cell, value.code, value.params);
      return undefined;
    });
    const emotion = buildEmotion(personas, values);
    if (emotion !== undefined) step.emotion = emotion;

    for (const [column, key] of [
      ['thoughts', 'thoughts'],
      ['painPoints', 'painPoints'],
      ['opportunities', 'opportunities'],
    ] as const) {
      // Untrimmed: a trailing line break marks a one-item cell holding a `;` (see journeyToCsv).
      const items = splitList(unguardFormula(cellOf(row, column)?.value ?? ''));
      if (items.length > 0) step[key] = items;
    }
    const moment = textOf(row, 'momentOfTruth');
    if (YES.has(moment.toLowerCase())) step.momentOfTruth = true;
    else if (!NO.has(moment.toLowerCase())) step.momentOfTruth = moment;

    const metrics: Metrics = {};
    for (const key of METRIC_KEYS) {
      const cell = cellOf(row, key);
      if (!cell || cell.value.trim() === '') continue;
      const result = parseMetric(key, cell.value);
      if ('value' in result) metrics[key] = result.value;
      else at(cell, 'invalid-value', { case: 'metric-cell', column: JOURNEY_COLUMNS[key].en, ...result.problem });
    }
    if (Object.keys(metrics).length > 0) step.metrics = metrics;
    readDetailCells(
      {
        cell: (column) => {
          const cell = cellOf(row, column);
          return cell ? { value: unguardFormula(cell.value), at: cell } : undefined;
        },
        problem: (cell, params) => at(cell, 'invalid-value', params),
      },
      stage,
      step,
      touchpoints,
    );
    (stage.steps as Step[]).push(step);
  }

  const filled = stages.filter((stage) => stage.steps.length > 0);
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  if (filled.length === 0) {
    at({ line: headerRow.line, column: 1 }, 'empty-value', { case: 'csv-no-rows' });
    return { problems };
  }
  const journey: Journey = {
    id: options.id,
    title: options.title ?? options.id,
    ...(personas.length > 0 ? { personas } : {}),
    stages: filled as Journey['stages'],
  };
  return { journey, personas: created, problems };
}

/**
 * Gives each opportunity the delivery link on its line of the links cell (one line per
 * opportunity, in order; an empty line for one without). Only http(s) addresses are taken.
 */
function readHeader(row: CsvRow, at: (cell: CsvCell, code: 'csv-unknown-column', params: ProblemParams) => void): Header {
  const columns = new Map<JourneyColumn, number>();
  const personas: Header['personas'] = [];
  row.cells.forEach((cell, index) => {
    const name = cell.value.trim();
    if (name === '') return;
    const persona = emotionColumnPersona(name);
    const column = persona === undefined ? columnOf(name) : undefined;
    if (persona !== undefined && !personas.some((known) => known.name === persona)) personas.push({ name: persona, index });
    else if (column && !columns.has(column)) columns.set(column, index);
    else at(cell, 'csv-unknown-column', { case: column || persona !== undefined ? 'twice' : 'unknown', column: name });
  });
  return { columns, personas };
}
