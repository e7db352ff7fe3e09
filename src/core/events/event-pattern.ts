/**
 * A step's `events` entry as a test on event names: `*` matches any run of characters (none
 * included), every other character stands for itself, and the whole name must match, as in a
 * shell glob without `?` or brackets (event names are URLs and codes, where those are literal).
 */
export function eventPattern(pattern: string): RegExp {
  const parts = pattern.split('*').map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

/** True when the entry has a `*`: a pattern rather than one event name. */
export function isPattern(pattern: string): boolean {
  return pattern.includes('*');
}
