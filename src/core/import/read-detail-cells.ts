import type { ProblemParams } from '../problem.ts';
import { readAligned, readAttachment, readEvidence, readEvidenceList } from '../csv/detail-cells.ts';
import { headerKey, JOURNEY_COLUMNS, type JourneyColumn } from '../csv/journey-columns.ts';
import type { CsvCell } from '../csv/parse-csv.ts';
import type { Opportunity, Stage, Statement, Step, Touchpoint } from '../model/generated/journey.ts';
import { splitList } from './split-list.ts';

const LEVELS: Readonly<Record<string, Opportunity['impact']>> = {
  low: 'low',
  faible: 'low',
  bas: 'low',
  basse: 'low',
  medium: 'medium',
  moyen: 'medium',
  moyenne: 'medium',
  high: 'high',
  eleve: 'high',
  elevee: 'high',
  fort: 'high',
  forte: 'high',
  haut: 'high',
  haute: 'high',
};
const STATUSES: Readonly<Record<string, Opportunity['status']>> = {
  idea: 'idea',
  idee: 'idea',
  planned: 'planned',
  prevu: 'planned',
  prevue: 'planned',
  planifie: 'planned',
  planifiee: 'planned',
  inprogress: 'in-progress',
  encours: 'in-progress',
  done: 'done',
  fait: 'done',
  faite: 'done',
  termine: 'done',
  terminee: 'done',
};
const NOT_OWNED = new Set(['non', 'no', 'false', 'faux', '0']);
const OWNED = new Set(['oui', 'yes', 'true', 'vrai', '1', 'x']);

export interface DetailReader {
  /** The cell of a column in the row, formula guard removed, untrimmed; undefined when the file has no such column. */
  cell(column: JourneyColumn): { value: string; at: CsvCell } | undefined;
  /** Reports a bad cell. */
  problem(at: CsvCell, params: ProblemParams): void;
}

/**
 * Reads the DETAIL_COLUMNS of a row into its step (and its stage, for the stage's fields): the
 * fields aligned line by line with the channels, thoughts, pain points, opportunities and
 * backstage, the evidence and attachments written one a line. `channels` are the channel ids the
 * row's channel cell gave, in order.
 */
export function readDetailCells(reader: DetailReader, stage: Stage, step: Step, channels: readonly string[]): void {
  const text = (column: JourneyColumn) => reader.cell(column)?.value.trim() ?? '';
  const aligned = (column: JourneyColumn, count: number, of: JourneyColumn): (string | undefined)[] => {
    const cell = reader.cell(column);
    if (!cell) return new Array<undefined>(count).fill(undefined);
    const values = readAligned(cell.value, count);
    if (values) return values;
    reader.problem(cell.at, {
      case: 'lines-mismatch',
      lines: cell.value.split(/\r\n|\r|\n/).length,
      of: JOURNEY_COLUMNS[of].en,
      items: count,
    });
    return new Array<undefined>(count).fill(undefined);
  };
  const pick = <T>(
    column: JourneyColumn,
    value: string | undefined,
    words: Readonly<Record<string, T>>,
    allowed: readonly string[],
  ): T | undefined => {
    if (value === undefined) return undefined;
    const found = words[headerKey(value)];
    if (found === undefined) reader.problem(reader.cell(column)!.at, { case: 'not-allowed', value, allowed });
    return found;
  };

  if (text('stageDescription') && stage.description === undefined) stage.description = text('stageDescription');
  const expectations = splitList(reader.cell('expectations')?.value ?? '');
  if (expectations.length > 0 && stage.expectations === undefined) stage.expectations = expectations;
  if (text('experience') && stage.experience === undefined) stage.experience = text('experience');

  const names = aligned('touchpointNames', channels.length, 'channels');
  const owned = aligned('touchpointOwned', channels.length, 'channels');
  const descriptions = aligned('touchpointDescriptions', channels.length, 'channels');
  if ([...names, ...owned, ...descriptions].some((value) => value !== undefined)) {
    step.touchpoints = channels.map((channel, index): Touchpoint | string => {
      const isOwned = owned[index] === undefined ? true : !NOT_OWNED.has(headerKey(owned[index]!));
      if (owned[index] !== undefined && isOwned && !OWNED.has(headerKey(owned[index]!)))
        reader.problem(reader.cell('touchpointOwned')!.at, { case: 'owned', value: owned[index]! });
      if (names[index] === undefined && isOwned && descriptions[index] === undefined) return channel;
      return {
        channel,
        ...(names[index] ? { name: names[index] } : {}),
        ...(isOwned ? {} : { owned: false }),
        ...(descriptions[index] ? { description: descriptions[index] } : {}),
      };
    });
  }

  for (const [list, column] of [
    ['thoughts', 'thoughtEvidence'],
    ['painPoints', 'painPointEvidence'],
  ] as const) {
    const statements = step[list] ?? [];
    const evidence = aligned(column, statements.length, list);
    if (evidence.some((value) => value !== undefined)) {
      step[list] = statements.map(
        (statement, index): Statement =>
          evidence[index] === undefined ? statement : { text: statement as string, evidence: listOrOne(readEvidenceList(evidence[index])) },
      ) as typeof statements;
    }
  }

  const opportunities = (step.opportunities ?? []) as string[];
  const fields = {
    description: aligned('opportunityDescriptions', opportunities.length, 'opportunities'),
    impact: aligned('opportunityImpact', opportunities.length, 'opportunities').map((value) =>
      pick('opportunityImpact', value, LEVELS, ['low', 'medium', 'high']),
    ),
    effort: aligned('opportunityEffort', opportunities.length, 'opportunities').map((value) =>
      pick('opportunityEffort', value, LEVELS, ['low', 'medium', 'high']),
    ),
    status: aligned('opportunityStatus', opportunities.length, 'opportunities').map((value) =>
      pick('opportunityStatus', value, STATUSES, ['idea', 'planned', 'in-progress', 'done']),
    ),
    owner: aligned('opportunityOwner', opportunities.length, 'opportunities'),
    link: aligned('opportunityLinks', opportunities.length, 'opportunities'),
  };
  if (Object.values(fields).some((values) => values.some((value) => value !== undefined))) {
    step.opportunities = opportunities.map((title, index) => {
      const opportunity: Opportunity = { title };
      for (const [key, values] of Object.entries(fields) as [keyof typeof fields, (string | undefined)[]][])
        if (values[index] !== undefined) (opportunity as unknown as Record<string, string>)[key] = values[index]!;
      return Object.keys(opportunity).length > 1 ? opportunity : title;
    });
  }

  const backstage = splitList(reader.cell('backstage')?.value ?? '');
  const teams = aligned('backstageTeams', backstage.length, 'backstage');
  const systems = aligned('backstageSystems', backstage.length, 'backstage');
  if (backstage.length > 0)
    step.backstage = backstage.map((item, index) =>
      teams[index] === undefined && systems[index] === undefined
        ? item
        : { text: item, ...(teams[index] ? { team: teams[index] } : {}), ...(systems[index] ? { system: systems[index] } : {}) },
    );

  const evidence = splitList(reader.cell('evidence')?.value ?? '');
  if (evidence.length > 0) step.evidence = evidence.map(readEvidence);
  const attachments = splitList(reader.cell('attachments')?.value ?? '').map((line) => {
    const attachment = readAttachment(line);
    if (!attachment) reader.problem(reader.cell('attachments')!.at, { case: 'attachment-link', value: line });
    return attachment;
  });
  if (attachments.length > 0 && attachments.every(Boolean)) step.attachments = attachments.map((attachment) => attachment!);
  if (text('subJourney')) step.subJourney = text('subJourney');
}

function listOrOne<T>(items: T[]): T | T[] {
  return items.length === 1 ? items[0]! : items;
}
