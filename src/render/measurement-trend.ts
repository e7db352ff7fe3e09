import { line } from 'd3-shape';
import type { Measurement } from '../core/index.ts';

export type MetricKey = 'csat' | 'nps' | 'ces' | 'volume' | 'conversion' | 'dropOff' | 'duration';
const METRICS: readonly MetricKey[] = ['csat', 'nps', 'ces', 'volume', 'conversion', 'dropOff', 'duration'];

/** One metric of a step over the periods of the data files, ready to print and draw. */
export interface MetricTrend {
  metric: MetricKey;
  /** The latest figure and its period. */
  latest: { period: string; value: number };
  /** The figure before it, when there is one, for the direction of the trend. */
  previous?: { period: string; value: number };
  direction: 'up' | 'down' | 'flat';
  /** A sparkline drawn at build time: `path` in a `width` × `height` viewBox; one point has no path. */
  path: string;
  width: number;
  height: number;
  points: { period: string; value: number; x: number; y: number }[];
}

const WIDTH = 60;
const HEIGHT = 16;
const PAD = 2;

/**
 * The trend of each metric a step's measurements give, in the schema's metric order: the
 * values over periods scaled into a small box (its own min and max, since a trend is about
 * shape), the latest figure and its direction against the one before.
 */
export function measurementTrends(measurements: readonly Measurement[]): MetricTrend[] {
  const trends: MetricTrend[] = [];
  for (const metric of METRICS) {
    const series = measurements
      .filter((measurement) => measurement.metrics[metric] !== undefined)
      .map((measurement) => ({ period: measurement.period, value: measurement.metrics[metric]! }));
    if (series.length === 0) continue;
    const values = series.map((point) => point.value);
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const step = series.length > 1 ? (WIDTH - 2 * PAD) / (series.length - 1) : 0;
    const points = series.map((point, index) => ({
      ...point,
      x: round(PAD + index * step),
      y: round(high === low ? HEIGHT / 2 : PAD + ((high - point.value) / (high - low)) * (HEIGHT - 2 * PAD)),
    }));
    const latest = series.at(-1)!;
    const previous = series.at(-2);
    trends.push({
      metric,
      latest,
      ...(previous ? { previous } : {}),
      direction: !previous || previous.value === latest.value ? 'flat' : latest.value > previous.value ? 'up' : 'down',
      path:
        points.length > 1
          ? line<{ x: number; y: number }>()
              .x((point) => point.x)
              .y((point) => point.y)
              .digits(1)(points)!
          : '',
      width: WIDTH,
      height: HEIGHT,
      points,
    });
  }
  return trends;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
