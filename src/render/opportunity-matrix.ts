import { symbol, symbolCircle, symbolStar, symbolTriangle } from 'd3-shape';
import type { Level } from '../core/index.ts';

/** What the matrix needs of an opportunity: a BacklogItem fits through `matrixItem`. */
export interface MatrixItem {
  impact?: Level | undefined;
  effort?: Level | undefined;
  onMomentOfTruth: boolean;
  onPainPoint: boolean;
}

/** A moment of truth is a star, a step with pain points a triangle, any other a circle. */
export type MarkShape = 'star' | 'triangle' | 'circle';

export interface MatrixMark<T> {
  item: T;
  /** Centre of the mark, in viewBox units. */
  x: number;
  y: number;
  shape: MarkShape;
}

export interface MatrixCell<T> {
  impact: Level;
  effort: Level;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Every opportunity of the cell, in the order given. */
  items: T[];
  /** The marks drawn: all the items when they fit, else as many as fit, moments of truth first. */
  marks: MatrixMark<T>[];
  /** Items of the cell that have no mark because the cell is full. */
  hidden: number;
  /** The marks stand in one column with room for their names beside them (few items, `labelUpTo`). */
  labelled: boolean;
}

export interface MatrixLayout<T> {
  width: number;
  height: number;
  /** Impact rows top to bottom (high first), effort columns left to right (low first): quick wins sit top left. */
  impacts: readonly Level[];
  efforts: readonly Level[];
  cells: MatrixCell<T>[];
  /** Items without an impact or an effort: they have no cell. */
  unrated: T[];
  /** Where the axis labels go: left of each row, under each column. */
  rowLabels: { level: Level; x: number; y: number }[];
  columnLabels: { level: Level; x: number; y: number }[];
  /** Top of each cell's mark area, below its count. */
  countY: number;
}

export interface MatrixOptions {
  cellWidth?: number;
  cellHeight?: number;
  /** Room left of the cells for the impact labels, and under them for the effort labels. */
  axisWidth?: number;
  axisHeight?: number;
  /** Distance between the centres of two neighbouring marks; marks are drawn at most this wide. */
  pitch?: number;
  /** Room inside a cell's border, and above the marks for the cell's count. */
  padding?: number;
  countHeight?: number;
  /** Draw at most this many marks a cell (a summary of a large site stays light). */
  maxMarks?: number;
  /** A cell with at most this many items draws them in one column, each with room for its name. */
  labelUpTo?: number;
}

export const IMPACTS: readonly Level[] = ['high', 'medium', 'low'];
export const EFFORTS: readonly Level[] = ['low', 'medium', 'high'];

// Areas in square units (d3 symbol sizes) chosen so every shape stays within 7 units of its
// centre: inside the default 16-unit pitch, neighbouring marks keep a gap of 2 units at least.
const PATHS: Record<MarkShape, string> = {
  star: symbol(symbolStar, 50).digits(1)()!,
  triangle: symbol(symbolTriangle, 64).digits(1)()!,
  circle: symbol(symbolCircle, 64).digits(1)()!,
};

/** The lattice of the drawn matrix, and the scale that makes its marks 24 units across (from 14). */
export const MARK_PITCH = 28;
export const MARK_SCALE = 1.7;

/** SVG path of a mark's shape, centred on 0,0. */
export function markPath(shape: MarkShape): string {
  return PATHS[shape];
}

export function markShape(item: MatrixItem): MarkShape {
  if (item.onMomentOfTruth) return 'star';
  return item.onPainPoint ? 'triangle' : 'circle';
}

/**
 * Places opportunities on an impact × effort matrix (the prioritisation grid of TheyDo's
 * opportunity matrix and Smaply's portfolio view): a cell per impact and effort level, each
 * opportunity a mark on a regular lattice inside its cell, so marks never overlap whatever
 * their number; a cell holds as many marks as its lattice has places (or `maxMarks`), the
 * others are counted in `hidden`. Moments of truth come first, then pain points, so the marks
 * that deserve care are the ones drawn. Pure: positions only, the component draws them.
 */
export function matrixLayout<T extends MatrixItem>(items: readonly T[], options: MatrixOptions = {}): MatrixLayout<T> {
  const {
    cellWidth = 200,
    cellHeight = 130,
    axisWidth = 80,
    axisHeight = 44,
    pitch = 16,
    padding = 8,
    countHeight = 20,
    maxMarks = Infinity,
    labelUpTo = 0,
  } = options;
  const columns = Math.max(1, Math.floor((cellWidth - 2 * padding) / pitch));
  const rows = Math.max(1, Math.floor((cellHeight - 2 * padding - countHeight) / pitch));
  const capacity = Math.min(columns * rows, maxMarks);
  const byCell = new Map<string, T[]>();
  const unrated: T[] = [];
  for (const item of items) {
    if (item.impact === undefined || item.effort === undefined) unrated.push(item);
    else {
      const key = `${item.impact}/${item.effort}`;
      const list = byCell.get(key);
      if (list) list.push(item);
      else byCell.set(key, [item]);
    }
  }
  const rank = (item: MatrixItem) => (item.onMomentOfTruth ? 0 : item.onPainPoint ? 1 : 2);
  const cells = IMPACTS.flatMap((impact, row) =>
    EFFORTS.map((effort, column): MatrixCell<T> => {
      const x = axisWidth + column * cellWidth;
      const y = row * cellHeight;
      const cellItems = byCell.get(`${impact}/${effort}`) ?? [];
      // Stable: equal ranks keep the order given (the backlog's priority order).
      const drawn = [...cellItems].sort((a, b) => rank(a) - rank(b)).slice(0, capacity);
      const labelled = drawn.length > 0 && drawn.length <= Math.min(labelUpTo, rows);
      const perRow = labelled ? 1 : columns;
      const marks = drawn.map((item, index) => ({
        item,
        x: x + padding + pitch / 2 + (index % perRow) * pitch,
        y: y + padding + countHeight + pitch / 2 + Math.floor(index / perRow) * pitch,
        shape: markShape(item),
      }));
      return {
        impact,
        effort,
        x,
        y,
        width: cellWidth,
        height: cellHeight,
        items: cellItems,
        marks,
        hidden: cellItems.length - marks.length,
        labelled,
      };
    }),
  );
  return {
    width: axisWidth + EFFORTS.length * cellWidth,
    height: IMPACTS.length * cellHeight + axisHeight,
    impacts: IMPACTS,
    efforts: EFFORTS,
    cells,
    unrated,
    rowLabels: IMPACTS.map((level, row) => ({ level, x: axisWidth - 8, y: row * cellHeight + cellHeight / 2 })),
    columnLabels: EFFORTS.map((level, column) => ({
      level,
      x: axisWidth + column * cellWidth + cellWidth / 2,
      y: IMPACTS.length * cellHeight + 18,
    })),
    countY: padding + countHeight / 2 + 2,
  };
}
