/** The outcome of pairing two lists of elements that have no id. */
export interface ItemPairs<T> {
  pairs: { before: T; after: T; beforeIndex: number; afterIndex: number }[];
  removed: { item: T; index: number }[];
  added: { item: T; index: number }[];
}

/**
 * Pairs elements without ids (touchpoints, thoughts, opportunities): first those with equal
 * keys, then those `related` says are the same (a touchpoint of the same name), then, when as
 * many are left on each side, the rest in order: one thought replaced by another in a step
 * reads as that thought changed. Whatever is still left was removed or added.
 */
export function pairItems<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  related: (before: T, after: T) => boolean = () => false,
): ItemPairs<T> {
  const pairs: ItemPairs<T>['pairs'] = [];
  let left = before.map((item, index) => ({ item, index }));
  let right = after.map((item, index) => ({ item, index }));
  const take = (match: (a: T, b: T) => boolean) => {
    const rest: typeof left = [];
    for (const entry of left) {
      const found = right.find((candidate) => match(entry.item, candidate.item));
      if (found) {
        pairs.push({ before: entry.item, after: found.item, beforeIndex: entry.index, afterIndex: found.index });
        right = right.filter((candidate) => candidate !== found);
      } else rest.push(entry);
    }
    left = rest;
  };
  take((a, b) => key(a) === key(b));
  take(related);
  if (left.length === right.length) {
    left.forEach((entry, position) => {
      pairs.push({ before: entry.item, after: right[position]!.item, beforeIndex: entry.index, afterIndex: right[position]!.index });
    });
    left = [];
    right = [];
  }
  pairs.sort((a, b) => a.afterIndex - b.afterIndex);
  return { pairs, removed: left, added: right };
}
