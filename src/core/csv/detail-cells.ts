import type { Attachment, Evidence } from '../model/generated/journey.ts';

/**
 * How the parts of a step that are lists of objects fit in spreadsheet cells. A list is one item
 * a line (the main column: channels, opportunities...); each field of its items has a column of
 * its own, "aligned": line N of the field's cell belongs to item N (a blank line: no value).
 * Evidence and attachments, which have a text and a few short fields, are one item a line
 * written `Source (kind, YYYY-MM-DD, link)`: the fields in brackets at the end, in any order.
 */

export const EVIDENCE_KINDS = ['interview', 'survey', 'analytics', 'support', 'observation', 'other'] as const;
export const ATTACHMENT_KINDS = ['image', 'video', 'audio', 'document', 'link'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TRAILING_GROUP = /^(.*?)\s*\(([^()]*)\)\s*$/s;
/** Between two evidences of one statement, on the statement's line. */
export const EVIDENCE_SEPARATOR = ' | ';

/** The lines of an aligned cell: one per value, '' for none; nothing when every value is empty. */
export function alignedCell(values: readonly (string | undefined)[]): string {
  if (values.every((value) => value === undefined || value === '')) return '';
  return values.map((value) => (value ?? '').replace(/\s*[\r\n]+\s*/g, ' ')).join('\n');
}

/**
 * Reads an aligned cell for `count` items: one value per line (a single item takes the whole
 * cell), else, on one line, values separated by `;`. Returns undefined when the number of values
 * does not match, so the caller can say so at the cell.
 */
export function readAligned(cell: string, count: number): (string | undefined)[] | undefined {
  if (cell.trim() === '') return new Array<undefined>(count).fill(undefined);
  if (count === 1) return [cell.trim()];
  let lines = /[\r\n]/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(';');
  if (lines.length === count + 1 && lines.at(-1)!.trim() === '') lines = lines.slice(0, -1);
  if (lines.length !== count) return undefined;
  return lines.map((line) => (line.trim() === '' ? undefined : line.trim()));
}

/** One evidence as a line: `Source (kind, date, link)`; empty brackets when the source itself ends in brackets. */
export function evidenceLine(evidence: Evidence): string {
  const fields = [evidence.kind, evidence.date, evidence.href].filter((field): field is string => field !== undefined);
  return fields.length > 0 || TRAILING_GROUP.test(evidence.source) ? `${evidence.source} (${fields.join(', ')})` : evidence.source;
}

/** Reads a line written by `evidenceLine`; a bracket that is not fields stays in the source. */
export function readEvidence(line: string): Evidence {
  const match = TRAILING_GROUP.exec(line.trim());
  if (match?.[1]) {
    const evidence: Evidence = { source: match[1] };
    const fields = match[2]!
      .split(',')
      .map((field) => field.trim())
      .filter(Boolean);
    let fits = true;
    for (const field of fields) {
      if ((EVIDENCE_KINDS as readonly string[]).includes(field) && evidence.kind === undefined) evidence.kind = field as Evidence['kind'];
      else if (DATE.test(field) && evidence.date === undefined) evidence.date = field;
      else if (evidence.href === undefined && !/\s/.test(field)) evidence.href = field;
      else fits = false;
    }
    if (fits) return evidence;
  }
  return { source: line.trim() };
}

/** The evidences of one statement on its line, or '' for none. */
export function evidenceListLine(evidence: readonly Evidence[]): string {
  return evidence.map(evidenceLine).join(EVIDENCE_SEPARATOR);
}

export function readEvidenceList(line: string | undefined): Evidence[] {
  return (line ?? '')
    .split(EVIDENCE_SEPARATOR.trim())
    .map((part) => part.trim())
    .filter(Boolean)
    .map(readEvidence);
}

/** One attachment as a line: `Title (kind, link)`. */
export function attachmentLine(attachment: Attachment): string {
  return `${attachment.title} (${[attachment.kind, attachment.href].filter(Boolean).join(', ')})`;
}

/** Reads a line written by `attachmentLine`; undefined when it gives no link. */
export function readAttachment(line: string): Attachment | undefined {
  const match = TRAILING_GROUP.exec(line.trim());
  if (!match?.[1]) return undefined;
  const fields = match[2]!
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  const kind = fields.find((field) => (ATTACHMENT_KINDS as readonly string[]).includes(field));
  const href = fields.find((field) => field !== kind);
  if (href === undefined || fields.length > (kind ? 2 : 1)) return undefined;
  return { title: match[1], href, ...(kind ? { kind: kind as Attachment['kind'] } : {}) };
}
