import type { Change } from '../core/diff/change.ts';
import { severestFirst } from '../core/problem.ts';

/** The changes with `warn` ones first (what may hurt the customer), each group in its original order: the order of problems too. */
export function warningsFirst(changes: readonly Change[]): Change[] {
  return severestFirst(changes, (change) => change.level === 'warn');
}
