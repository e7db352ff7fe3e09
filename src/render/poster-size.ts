import type { JourneyModel, StepModel } from '../core/index.ts';
import { mapLanes, stepEvidence, type Lane } from './map-lanes.ts';

/**
 * The poster's fixed measures, in millimetres and points. Text is set at 9 pt and nothing on
 * the poster goes below 8 pt (the smallest size legible on a printed wall chart, and the floor of
 * the issue that asked for posters); the page grows to hold the map instead of shrinking it.
 */
export const POSTER = {
  /** Width of a step column and of the lane titles. */
  columnMm: 50,
  laneTitleMm: 32,
  marginMm: 10,
  /** Title, personas, owner, date and the curve's legend above the map. */
  headerMm: 42,
  /** The emotion curve's row: its SVG is 100 units tall on 100 units a column. */
  curveMm: 50,
  fontPt: 9,
  lineHeight: 1.45,
  /** Characters a line of a column holds at 9 pt, counted low so that estimates run long. */
  charsPerLine: 24,
  /** Padding and border of a cell, top and bottom together. */
  cellPaddingMm: 4,
  /** Slack for what the estimate cannot see (wrapping at long words, badges). */
  slack: 1.15,
} as const;

const MM_PER_PT = 25.4 / 72;
const lineMm = POSTER.fontPt * POSTER.lineHeight * MM_PER_PT;

/** Lines a text takes in a column, wrapping by words. */
export function textLines(text: string, charsPerLine: number = POSTER.charsPerLine): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= charsPerLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than a line breaks where it must (the map sets overflow-wrap: anywhere).
    const extra = Math.ceil(word.length / charsPerLine) - 1;
    lines += extra;
    used = word.length - extra * charsPerLine;
  }
  return lines;
}

const list = (texts: readonly string[]) => texts.reduce((sum, text) => sum + textLines(text, POSTER.charsPerLine - 2), 0);

/** Lines a step's cell takes in a lane (the emotion lane is the curve's, counted apart). */
function laneLines(step: StepModel, lane: Lane): number {
  switch (lane) {
    case 'description':
      return step.description ? textLines(step.description) + (step.subJourney ? 2 : 0) : 0;
    case 'touchpoints':
      return list(
        step.touchpoints.map(
          (touchpoint) => `xx ${touchpoint.name ?? ''} · ${touchpoint.channel} ${touchpoint.owned ? '' : '(non maîtrisé)'}`,
        ),
      );
    case 'emotion':
      return 0;
    case 'thoughts':
      return list(step.thoughts.map((item) => item.text));
    case 'painPoints':
      return list(step.painPoints.map((item) => `${item.text} (sans source)`));
    case 'opportunities':
      return step.opportunities.reduce(
        (sum, item) =>
          sum +
          textLines(item.title, POSTER.charsPerLine - 2) +
          (item.description ? textLines(item.description) : 0) +
          1 +
          (item.link ? 1 : 0),
        0,
      );
    case 'momentOfTruth':
      return step.momentOfTruth ? textLines(`★ Moment de vérité : ${step.momentOfTruthReason ?? ''}`) : 0;
    case 'backstage':
      return step.backstage.reduce(
        (sum, item) => sum + textLines(item.text, POSTER.charsPerLine - 2) + (item.team || item.system ? 1 : 0),
        0,
      );
    case 'metrics':
      return Object.values(step.metrics).filter((value) => value !== undefined).length * 2;
    case 'evidence':
      // A source and its detail line; an attachment's title, its picture or player, and links.
      return (
        stepEvidence(step).reduce((sum, item) => sum + textLines(item.source, POSTER.charsPerLine - 2) + 1, 0) +
        step.attachments.reduce(
          (sum, item) =>
            sum +
            textLines(item.title) +
            (item.kind === 'image' ? 10 : item.kind === 'audio' || item.kind === 'video' ? 6 : 0) +
            (item.transcript ? 1 : 0),
          0,
        )
      );
  }
}

export interface PosterSize {
  widthMm: number;
  heightMm: number;
  /** Height of each lane's row, in the order of mapLanes. */
  lanes: { lane: Lane; heightMm: number }[];
}

/**
 * The page size that holds a journey's whole map on one sheet: a column a step beside the lane
 * titles, each row as tall as its fullest cell is estimated to be (text wrapped by words at
 * 9 pt), plus the header and margins; a CSS `@page` of this size prints the poster, or saves it
 * as PDF, on one page.
 */
export function posterSize(journey: JourneyModel): PosterSize {
  const lanes = mapLanes(journey).map((lane) => {
    if (lane === 'emotion') return { lane, heightMm: POSTER.curveMm };
    const lines = Math.max(0, ...journey.steps.map((step) => laneLines(step, lane)));
    return { lane, heightMm: lines * lineMm * POSTER.slack + POSTER.cellPaddingMm };
  });
  const stageLines = Math.max(
    1,
    ...journey.stages.map(
      (stage) =>
        1 +
        (stage.experience ? 1 : 0) +
        // The expectations print unfolded: their heading, then each one under the stage's width.
        (stage.expectations.length > 0
          ? 1 + stage.expectations.reduce((sum, item) => sum + textLines(item, POSTER.charsPerLine * stage.steps.length - 2), 0)
          : 0) +
        (stage.description ? textLines(stage.description, POSTER.charsPerLine * stage.steps.length) : 0),
    ),
  );
  const stepLines = Math.max(1, ...journey.steps.map((step) => textLines(step.name)));
  const headers = (stageLines + stepLines) * lineMm * POSTER.slack + 2 * POSTER.cellPaddingMm;
  const map = headers + lanes.reduce((sum, lane) => sum + lane.heightMm, 0);
  return {
    widthMm: Math.ceil(2 * POSTER.marginMm + POSTER.laneTitleMm + journey.steps.length * POSTER.columnMm),
    heightMm: Math.ceil(2 * POSTER.marginMm + POSTER.headerMm + map),
    lanes,
  };
}
