import { scaleLinear } from 'd3-scale';
import {
  curveMonotoneX,
  line,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EmotionScale } from '../core/index.ts';
import { DEFAULT_THEME } from '../core/model/theme.ts';

/** The default colours of the curves, one a persona in a journey's order (core/model/theme.ts says why these). */
export const CURVE_COLORS = DEFAULT_THEME.personaColors;
const SYMBOLS: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

/** Marker of a moment of truth (a star) and of a step with pain points (a triangle), centred on 0,0. */
export const MOMENT_MARKER = symbol(symbolStar, 70).digits(1)()!;
export const PAIN_MARKER = symbol(symbolTriangle, 60).digits(1)()!;

/** What the curve needs of a step: the model's StepModel fits. */
export interface CurveStep {
  id: string;
  emotion: Readonly<Record<string, number>>;
  momentOfTruth: boolean;
  painPoints: readonly unknown[];
}

export interface CurveOptions {
  /** Width of one step column in viewBox units; the map's CSS column is the same width. */
  columnWidth?: number;
  height?: number;
  /** Room left above and below the scale, for markers. */
  padding?: number;
  /** Room left of the first column (for an axis drawn in the same SVG). */
  offsetX?: number;
  /** Area of a marker in square units (d3 symbol size); 0 draws no markers. */
  markerSize?: number;
  /** The curves' colours, in key order, repeated past the last (the theme's persona colours). */
  colors?: readonly string[];
}

export interface CurvePoint {
  stepId: string;
  x: number;
  y: number;
  /** The value drawn, clamped to the scale. */
  value: number;
  /** The value the content gives, when it lies outside the scale. */
  outOfScale?: number;
}

export interface CurveLine {
  key: string;
  color: string;
  /** SVG stroke-dasharray, '' for a solid line. */
  dash: string;
  /** Path of the marker shape, centred on 0,0. */
  marker: string;
  /** Path of the line; sections break where a step has no value. */
  path: string;
  points: CurvePoint[];
}

export interface CurveGeometry {
  width: number;
  height: number;
  lines: CurveLine[];
  /** Horizontal guides: every value of the scale with its label, when it has one. */
  ticks: { value: number; y: number; label?: string }[];
  /** x of the centre of each step column, in step order. */
  columns: number[];
  momentsOfTruth: { stepId: string; x: number }[];
  painPoints: { stepId: string; x: number; count: number }[];
}

/**
 * Lays out one emotion line per curve key over the step columns: x is the centre of the step's
 * column so the curve lines up with the map grid, y follows the emotion scale (values clamped to it).
 */
export function emotionCurve(
  steps: readonly CurveStep[],
  keys: readonly string[],
  scale: EmotionScale,
  options: CurveOptions = {},
): CurveGeometry {
  const columnWidth = options.columnWidth ?? 100;
  const height = options.height ?? 100;
  const padding = options.padding ?? 12;
  const offsetX = options.offsetX ?? 0;
  const markerSize = options.markerSize ?? 48;
  const colors = options.colors && options.colors.length > 0 ? options.colors : CURVE_COLORS;
  const y = scaleLinear()
    .domain([scale.min, scale.max])
    .range([height - padding, padding])
    .clamp(true);
  const columns = steps.map((_, index) => round(offsetX + (index + 0.5) * columnWidth));
  const draw = line<CurvePoint | undefined>()
    .defined((point) => point !== undefined)
    .x((point) => point!.x)
    .y((point) => point!.y)
    .curve(curveMonotoneX)
    .digits(1);

  const lines = keys.map((key, index): CurveLine => {
    const slots = steps.map((step, column): CurvePoint | undefined => {
      const raw = step.emotion[key];
      if (raw === undefined || !Number.isFinite(raw)) return undefined;
      const value = Math.min(scale.max, Math.max(scale.min, raw));
      return { stepId: step.id, x: columns[column]!, y: round(y(value)), value, ...(value !== raw ? { outOfScale: raw } : {}) };
    });
    return {
      key,
      color: colors[index % colors.length]!,
      dash: DASHES[index % DASHES.length]!,
      marker: markerSize > 0 ? symbol(SYMBOLS[index % SYMBOLS.length]!, markerSize).digits(1)()! : '',
      path: draw(slots) ?? '',
      points: slots.filter((point) => point !== undefined),
    };
  });

  return {
    width: round(offsetX + steps.length * columnWidth),
    height,
    lines,
    ticks: scaleValues(scale).map((value) => {
      const label = scale.labels.find((entry) => entry.value === value)?.label;
      return { value, y: round(y(value)), ...(label !== undefined ? { label } : {}) };
    }),
    columns,
    momentsOfTruth: steps.flatMap((step, column) => (step.momentOfTruth ? [{ stepId: step.id, x: columns[column]! }] : [])),
    painPoints: steps.flatMap((step, column) =>
      step.painPoints.length > 0 ? [{ stepId: step.id, x: columns[column]!, count: step.painPoints.length }] : [],
    ),
  };
}

/**
 * Where a guide sits as a percentage of the curve's height: the axis labels, drawn in HTML beside the
 * SVG, are placed at this fraction so that they stay on their line at any rendered size.
 */
export function tickPercent(geometry: Pick<CurveGeometry, 'height'>, y: number): number {
  return Math.round((y / geometry.height) * 10000) / 100;
}

// Whole values when the scale is short (the usual -3..3); otherwise the labelled values and both ends.
function scaleValues(scale: EmotionScale): number[] {
  if (scale.max - scale.min <= 10 && Number.isInteger(scale.min) && Number.isInteger(scale.max)) {
    return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  }
  const values = new Set([
    scale.min,
    ...scale.labels.map((entry) => entry.value).filter((value) => value >= scale.min && value <= scale.max),
    scale.max,
  ]);
  return [...values].sort((a, b) => a - b);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
