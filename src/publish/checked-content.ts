import type { CheckResult } from '../core/index.ts';

// On globalThis, not in this module: the site's pages run from Astro's bundle, where this module
// is a copy of its own, in the same process as the CLI that checked the content.
const KEY = Symbol.for('parcours.checked-content');
type Slot = { [KEY]?: { root: string; result: CheckResult } };

/**
 * Hands the CLI's check of `root` to the site built next in this process, so that a build reads
 * and checks the content once, not twice (it is most of a large build's time); `undefined` takes
 * it back. The check must have been made with the site's day (siteToday).
 */
export function handOverCheck(root: string, result: CheckResult | undefined): void {
  if (result === undefined) delete (globalThis as Slot)[KEY];
  else (globalThis as Slot)[KEY] = { root, result };
}

/** The check of `root` the CLI handed over, if it did. */
export function handedCheck(root: string): CheckResult | undefined {
  const handed = (globalThis as Slot)[KEY];
  return handed?.root === root ? handed.result : undefined;
}
