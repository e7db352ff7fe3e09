/** The outcome of matching two lists of elements by id. */
export interface IdMatch<T> {
  /** Pairs of the same element on both sides; `renamed` when its id changed. */
  pairs: { before: T; after: T; renamed: boolean }[];
  removed: T[];
  added: T[];
}

/**
 * Matches elements by id; then pairs a removed element with an added one when a `sameElement`
 * test says they are clearly the same (same name and place) and the pairing is unambiguous: that
 * is an id rename, not a removal plus an addition. Tests are tried in order, strongest first.
 */
export function matchById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  ...sameElement: ((before: T, after: T) => boolean)[]
): IdMatch<T> {
  const afterById = new Map(after.map((element) => [element.id, element]));
  const beforeIds = new Set(before.map((element) => element.id));
  const pairs: IdMatch<T>['pairs'] = [];
  let removed: T[] = [];
  for (const element of before) {
    const match = afterById.get(element.id);
    if (match) pairs.push({ before: element, after: match, renamed: false });
    else removed.push(element);
  }
  let added = after.filter((element) => !beforeIds.has(element.id));
  for (const same of sameElement) {
    const stillRemoved: T[] = [];
    for (const element of removed) {
      const candidates = added.filter((candidate) => same(element, candidate));
      const rivals = candidates.length === 1 ? removed.filter((other) => same(other, candidates[0]!)) : [];
      if (candidates.length === 1 && rivals.length === 1) {
        pairs.push({ before: element, after: candidates[0]!, renamed: true });
        added = added.filter((candidate) => candidate !== candidates[0]);
      } else stillRemoved.push(element);
    }
    removed = stillRemoved;
  }
  return { pairs, removed, added };
}
