import { formatCsv } from '../csv/format-csv.ts';
import { guardFormula } from '../csv/formula-guard.ts';
import { columnHeader, METRIC_KEYS, type JourneyColumn } from '../csv/journey-columns.ts';
import { ALL_PERSONAS, type JourneyModel, type StepModel } from '../model/project.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';

const TEXT_COLUMNS = ['stage', 'stageId', 'stepId', 'step', 'description', 'channels'] as const satisfies readonly JourneyColumn[];
const LIST_COLUMNS = ['thoughts', 'painPoints', 'opportunities'] as const satisfies readonly JourneyColumn[];

export const YES: Record<ResolvedConfig['lang'], string> = { fr: 'oui', en: 'yes' };

/**
 * A journey as CSV, a row a step, for spreadsheets: stage, step, channel ids, the emotion of
 * each persona (one column each), thoughts, pain points, opportunities, moment of truth and
 * the metrics, with headers in the site's language. `parcours import csv` reads it back.
 *
 * Lists go one item a line inside a cell (an item's own line breaks become spaces). A cell holding a single item with a `;` in it gets a
 * trailing line break, because the importer splits a one-line cell on `;` (what people type in
 * a spreadsheet): that keeps the item whole on the way back. Only what a row can hold is written:
 * touchpoint names, evidence, opportunity priorities, backstage and attachments stay in the YAML.
 * When an opportunity of the journey has a delivery `link`, a column after the opportunities
 * holds one line per opportunity, in the same order, its link or an empty line; journeys without
 * links keep the columns they always had.
 * Text cells a spreadsheet would run as a formula are prefixed with an apostrophe (see
 * `guardFormula`); the importer removes it. `delimiter: ';'` suits Excel in French and other
 * locales where the comma is the decimal mark, and writes numbers with a decimal comma too.
 */
export function journeyToCsv(journey: JourneyModel, config: ResolvedConfig, { delimiter = ',' }: { delimiter?: ',' | ';' } = {}): string {
  const numberCell = (value: number | undefined) => (value === undefined ? '' : delimiter === ';' ? String(value).replace('.', ',') : String(value));
  const personaColumns = journey.curves[0] === ALL_PERSONAS ? [undefined] : journey.curves;
  const withLinks = journey.stages.some((stage) => stage.steps.some((step) => step.opportunities.some((opportunity) => opportunity.link !== undefined)));
  const header = [
    ...TEXT_COLUMNS.map((column) => columnHeader(column, config.lang)),
    ...personaColumns.map((persona) => columnHeader('emotion', config.lang, persona)),
    ...LIST_COLUMNS.map((column) => columnHeader(column, config.lang)),
    ...(withLinks ? [columnHeader('opportunityLinks', config.lang)] : []),
    columnHeader('momentOfTruth', config.lang),
    ...METRIC_KEYS.map((key) => columnHeader(key, config.lang)),
  ];
  const rows = journey.stages.flatMap((stage) =>
    stage.steps.map((step) => [
      stage.name,
      stage.id,
      step.id,
      step.name,
      step.description ?? '',
      listCell([...new Set(step.touchpoints.map((touchpoint) => touchpoint.channel))]),
      ...journey.curves.map((key) => numberCell(step.emotion[key])),
      listCell(step.thoughts.map((thought) => thought.text)),
      listCell(step.painPoints.map((painPoint) => painPoint.text)),
      listCell(step.opportunities.map((opportunity) => opportunity.title)),
      ...(withLinks ? [step.opportunities.map((opportunity) => opportunity.link ?? '').join('\n').trimEnd()] : []),
      momentOfTruthCell(step, config.lang),
      ...METRIC_KEYS.map((key) => numberCell(step.metrics[key])),
    ]),
  );
  return formatCsv([header, ...rows].map((row) => row.map(guardFormula)), delimiter);
}

function listCell(items: readonly string[]): string {
  // An item's own line breaks would split it in two on the way back: they become spaces.
  const lines = items.map((item) => item.replace(/\s*[\r\n]+\s*/g, ' '));
  if (lines.length === 1 && lines[0]!.includes(';')) return `${lines[0]}\n`;
  return lines.join('\n');
}

function momentOfTruthCell(step: StepModel, lang: ResolvedConfig['lang']): string {
  if (!step.momentOfTruth) return '';
  return step.momentOfTruthReason ?? YES[lang];
}
