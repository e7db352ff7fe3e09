import type { Change } from '../core/diff/change.ts';

/** The changes with `warn` ones first (what may hurt the customer), each group in its original order. */
export function warningsFirst(changes: readonly Change[]): Change[] {
  return [...changes.filter((change) => change.level === 'warn'), ...changes.filter((change) => change.level !== 'warn')];
}
