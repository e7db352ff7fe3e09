import type { ProblemParams } from '../problem.ts';
import { readSchema } from '../validate/schema-validators.ts';
import type { MetricKey } from './journey-columns.ts';
import { parseNumber } from './parse-number.ts';

interface Range {
  minimum?: number;
  maximum?: number;
}

let ranges: Record<string, Range> | undefined;

/** The allowed range of each metric, read from the journey schema so it is never written twice. */
function metricRanges(): Record<string, Range> {
  ranges ??= (readSchema('journey') as { $defs: { metrics: { properties: Record<string, Range> } } }).$defs.metrics.properties;
  return ranges;
}

/** A metric cell read as a number within the schema's range, or why it is not one. */
export function parseMetric(key: MetricKey, text: string): { value: number } | { problem: ProblemParams } {
  const value = parseNumber(text);
  if (Number.isNaN(value)) return { problem: { text: text.trim() } };
  const { minimum, maximum } = metricRanges()[key] ?? {};
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    return { problem: { value, ...(minimum !== undefined ? { min: minimum } : {}), ...(maximum !== undefined ? { max: maximum } : {}) } };
  }
  return { value };
}
