import { formatCsv } from '../csv/format-csv.ts';
import { guardFormula } from '../csv/formula-guard.ts';
import { alignedCell, attachmentLine, evidenceLine, evidenceListLine } from '../csv/detail-cells.ts';
import { columnHeader, DETAIL_COLUMNS, METRIC_KEYS, type DetailColumn, type JourneyColumn } from '../csv/journey-columns.ts';
import { ALL_PERSONAS, type JourneyModel, type StageModel, type StepModel } from '../model/project.ts';
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
 * a spreadsheet): that keeps the item whole on the way back. After these columns come the
 * DETAIL_COLUMNS, every other field a cell can hold (see detail-cells.ts); `leftOutOfCsv` names
 * what a row cannot hold.
 * Text cells a spreadsheet would run as a formula are prefixed with an apostrophe (see
 * `guardFormula`); the importer removes it. `delimiter: ';'` suits Excel in French and other
 * locales where the comma is the decimal mark, and writes numbers with a decimal comma too.
 */
export function journeyToCsv(journey: JourneyModel, config: ResolvedConfig, { delimiter = ',' }: { delimiter?: ',' | ';' } = {}): string {
  const numberCell = (value: number | undefined) =>
    value === undefined ? '' : delimiter === ';' ? String(value).replace('.', ',') : String(value);
  const personaColumns = journey.curves[0] === ALL_PERSONAS ? [undefined] : journey.curves;
  const header = [
    ...TEXT_COLUMNS.map((column) => columnHeader(column, config.lang)),
    ...personaColumns.map((persona) => columnHeader('emotion', config.lang, persona)),
    ...LIST_COLUMNS.map((column) => columnHeader(column, config.lang)),
    columnHeader('momentOfTruth', config.lang),
    ...METRIC_KEYS.map((key) => columnHeader(key, config.lang)),
    ...DETAIL_COLUMNS.map((column) => columnHeader(column, config.lang)),
  ];
  const rows = journey.stages.flatMap((stage) =>
    stage.steps.map((step, index) => [
      stage.name,
      stage.id,
      step.id,
      step.name,
      step.description ?? '',
      // One line per touchpoint when any has details (aligned with the detail columns), else each channel once.
      listCell(
        hasTouchpointDetails(step)
          ? step.touchpoints.map((touchpoint) => touchpoint.channel)
          : [...new Set(step.touchpoints.map((touchpoint) => touchpoint.channel))],
      ),
      ...journey.curves.map((key) => numberCell(step.emotion[key])),
      listCell(step.thoughts.map((thought) => thought.text)),
      listCell(step.painPoints.map((painPoint) => painPoint.text)),
      listCell(step.opportunities.map((opportunity) => opportunity.title)),
      momentOfTruthCell(step, config.lang),
      ...METRIC_KEYS.map((key) => numberCell(step.metrics[key])),
      ...DETAIL_COLUMNS.map((column) => detailCell(column, stage, step, index === 0, config.lang)),
    ]),
  );
  return formatCsv(
    [header, ...rows].map((row) => row.map(guardFormula)),
    delimiter,
  );
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

const NO: Record<ResolvedConfig['lang'], string> = { fr: 'non', en: 'no' };

function hasTouchpointDetails(step: StepModel): boolean {
  return step.touchpoints.some((touchpoint) => touchpoint.name !== undefined || !touchpoint.owned || touchpoint.description !== undefined);
}

/** A DETAIL_COLUMNS cell: stage fields on the stage's first row only; defaults (owned, status idea) left empty. */
function detailCell(column: DetailColumn, stage: StageModel, step: StepModel, firstOfStage: boolean, lang: ResolvedConfig['lang']): string {
  const touchpoints = hasTouchpointDetails(step) ? step.touchpoints : [];
  switch (column) {
    case 'stageDescription':
      return firstOfStage ? (stage.description ?? '') : '';
    case 'expectations':
      return firstOfStage ? listCell(stage.expectations) : '';
    case 'experience':
      return firstOfStage ? (stage.experience ?? '') : '';
    case 'touchpointNames':
      return alignedCell(touchpoints.map((touchpoint) => touchpoint.name));
    case 'touchpointOwned':
      return alignedCell(touchpoints.map((touchpoint) => (touchpoint.owned ? undefined : NO[lang])));
    case 'touchpointDescriptions':
      return alignedCell(touchpoints.map((touchpoint) => touchpoint.description));
    case 'thoughtEvidence':
      return alignedCell(step.thoughts.map((thought) => evidenceListLine(thought.evidence)));
    case 'painPointEvidence':
      return alignedCell(step.painPoints.map((painPoint) => evidenceListLine(painPoint.evidence)));
    case 'opportunityDescriptions':
      return alignedCell(step.opportunities.map((opportunity) => opportunity.description));
    case 'opportunityImpact':
      return alignedCell(step.opportunities.map((opportunity) => opportunity.impact));
    case 'opportunityEffort':
      return alignedCell(step.opportunities.map((opportunity) => opportunity.effort));
    case 'opportunityStatus':
      return alignedCell(step.opportunities.map((opportunity) => (opportunity.status === 'idea' ? undefined : opportunity.status)));
    case 'opportunityOwner':
      return alignedCell(step.opportunities.map((opportunity) => opportunity.owner));
    case 'backstage':
      return listCell(step.backstage.map((item) => item.text));
    case 'backstageTeams':
      return alignedCell(step.backstage.map((item) => item.team));
    case 'backstageSystems':
      return alignedCell(step.backstage.map((item) => item.system));
    case 'evidence':
      return listCell(step.evidence.map(evidenceLine));
    case 'attachments':
      return listCell(step.attachments.map(attachmentLine));
    case 'subJourney':
      return step.subJourney ?? '';
    case 'opportunityLinks':
      return alignedCell(step.opportunities.map((opportunity) => opportunity.link));
  }
}

/** Fields of each kind of object that the CSV carries; anything else a journey holds is named by `leftOutOfCsv`. */
const CARRIED: Readonly<Record<string, ReadonlySet<string>>> = {
  journey: new Set(['id', 'file', 'title', 'personas', 'curves', 'stages', 'steps']),
  stage: new Set(['id', 'name', 'description', 'expectations', 'experience', 'steps']),
  step: new Set([
    'id',
    'name',
    'description',
    'stageId',
    'index',
    'touchpoints',
    'emotion',
    'thoughts',
    'painPoints',
    'opportunities',
    'momentOfTruth',
    'momentOfTruthReason',
    'metrics',
    'backstage',
    'evidence',
    'attachments',
    'subJourney',
    'measurements',
  ]),
  touchpoint: new Set(['channel', 'name', 'owned', 'description']),
  statement: new Set(['text', 'evidence']),
  evidence: new Set(['source', 'kind', 'href', 'date']),
  opportunity: new Set(['title', 'description', 'impact', 'effort', 'status', 'owner', 'link']),
  backstage: new Set(['text', 'team', 'system']),
  attachment: new Set(['title', 'href', 'kind']),
};

/**
 * What the CSV of a journey cannot hold, as field paths (`summary`, `steps[].thoughts[].hypothesis`
 * ...), for `parcours export csv` to name on standard error: the journey's own fields (a row is
 * a step), line breaks inside list items (a line is an item), and any field added to the model
 * that the columns do not know yet.
 */
export function leftOutOfCsv(journey: JourneyModel): string[] {
  const left = new Set<string>();
  const visit = (kind: string, path: string, value: object) => {
    for (const [key, field] of Object.entries(value)) {
      if (
        field === undefined ||
        (Array.isArray(field) && field.length === 0) ||
        (kind === 'journey' && key === 'state' && field === 'current')
      )
        continue;
      if (!CARRIED[kind]!.has(key)) left.add(`${path}${key}`);
    }
  };
  const lineBreak = (text: string | undefined) => text !== undefined && /[\r\n]/.test(text.trim());
  visit('journey', '', journey);
  for (const stage of journey.stages) {
    visit('stage', 'stages[].', stage);
    if (stage.expectations.some(lineBreak)) left.add('line breaks in stages[].expectations[]');
    for (const step of stage.steps) {
      visit('step', 'steps[].', step);
      step.touchpoints.forEach((item) => {
        visit('touchpoint', 'steps[].touchpoints[].', item);
      });
      for (const key of ['thoughts', 'painPoints'] as const) {
        for (const statement of step[key]) {
          visit('statement', `steps[].${key}[].`, statement);
          statement.evidence.forEach((item) => {
            visit('evidence', `steps[].${key}[].evidence[].`, item);
          });
          if (lineBreak(statement.text)) left.add(`line breaks in steps[].${key}[]`);
        }
      }
      step.opportunities.forEach((item) => {
        visit('opportunity', 'steps[].opportunities[].', item);
      });
      step.backstage.forEach((item) => {
        visit('backstage', 'steps[].backstage[].', item);
      });
      step.evidence.forEach((item) => {
        visit('evidence', 'steps[].evidence[].', item);
      });
      step.attachments.forEach((item) => {
        visit('attachment', 'steps[].attachments[].', item);
      });
      for (const [list, texts] of [
        ['opportunities', step.opportunities.flatMap((item) => [item.title, item.description, item.owner])],
        ['touchpoints', step.touchpoints.flatMap((item) => [item.name, item.description])],
        ['backstage', step.backstage.flatMap((item) => [item.text, item.team, item.system])],
      ] as const)
        if (texts.some(lineBreak)) left.add(`line breaks in steps[].${list}[]`);
    }
  }
  return [...left];
}
