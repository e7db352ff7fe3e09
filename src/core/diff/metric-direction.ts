import type { MetricKey } from '../csv/journey-columns.ts';
import type { ChangeLevel } from './change.ts';

/**
 * Which way each measured figure moves when the experience gets worse for the customer
 * (docs/diff-format.md says the same): satisfaction, promoters and conversion fall; effort
 * (CES, from 1 very easy to 7 very hard, as the schema defines it), drop-off and duration rise.
 * Volume is a count of contacts, neither good nor bad for the customer by itself.
 */
export const WORSE_WHEN: Readonly<Record<MetricKey, 'lower' | 'higher' | null>> = {
  csat: 'lower',
  nps: 'lower',
  conversion: 'lower',
  ces: 'higher',
  dropOff: 'higher',
  duration: 'higher',
  volume: null,
};

/** `warn` when a figure measured on both sides moved the way that is worse for the customer, `info` otherwise. */
export function metricLevel(metric: string, before: number | undefined, after: number | undefined): ChangeLevel {
  const worse = WORSE_WHEN[metric as MetricKey];
  if (!worse || before === undefined || after === undefined || before === after) return 'info';
  return (worse === 'lower' ? after < before : after > before) ? 'warn' : 'info';
}
