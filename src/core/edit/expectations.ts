import { equalValues } from '../diff/equal-values.ts';
import type { Change } from './change.ts';
import { isRecord, valueAt } from './plain-change.ts';

/**
 * What a list item is known by in a move's `expectTo`: its `id` when it has one (a step, a stage),
 * else its value (a plain sentence).
 */
export function itemKey(item: unknown): unknown {
  return isRecord(item) && typeof item.id === 'string' ? item.id : (item ?? null);
}

/** The keys of the list at `path` in `data` (null when there is no list there). */
export function listKeys(data: unknown, path: Change['path']): unknown[] | null {
  const list = valueAt(data, path);
  return Array.isArray(list) ? list.map(itemKey) : null;
}

/**
 * The first change whose expectation does not hold on `data`, the file's data as it is on disk,
 * or undefined when all hold. Each change carries what the page showed of what it replaces:
 * - a set or a delete, `expect`: the value at its path (absent = null);
 * - a move, `expect`: the item it moves, and `expectTo`: the keys of the list it moves it into
 *   (itemKey), so that an outside edit of the item, or a step added to or taken from that list,
 *   is a conflict rather than a step put beside the wrong neighbour.
 * An insert's target is its list, which it only lengthens: it carries none.
 * When `moved` (the disk is not the text the page read), a set, delete or move that carries no
 * expectation cannot tell an outside edit of its target from one elsewhere: it does not hold.
 */
export function unmetExpectation(data: unknown, changes: readonly Change[], moved: boolean): Change | undefined {
  return changes.find((change) => {
    if (change.op === 'insert') return false;
    const known = 'expect' in change;
    if (moved && !known) return true;
    if (known && !equalValues(valueAt(data, change.path) ?? null, change.expect ?? null)) return true;
    if (change.op !== 'move') return false;
    if (moved && change.expectTo === undefined) return true;
    return change.expectTo !== undefined && !equalValues(listKeys(data, change.to), change.expectTo);
  });
}
