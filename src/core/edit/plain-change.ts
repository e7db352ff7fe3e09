import { type Change, EditError, type Path, type Segment, showPath } from './change.ts';

/**
 * The same changes on plain data (what the file reads as). The editor applies each change to the
 * text and then checks that the text reads as this: a change that the text splicing got wrong is
 * refused rather than written.
 */

/** The index in `list` that a segment names, or -1. */
export function indexOf(list: readonly unknown[], segment: Segment): number {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0 && segment < list.length ? segment : -1;
  if (typeof segment === 'string') return -1;
  return list.findIndex((item) => isRecord(item) && item.id === segment.id);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when there is none. */
export function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current)) {
      const index = indexOf(current, segment);
      if (index === -1) return undefined;
      current = current[index];
    } else if (isRecord(current) && typeof segment === 'string') {
      if (!Object.hasOwn(current, segment)) return undefined;
      current = current[segment];
    } else return undefined;
  }
  return current;
}

/**
 * Applies one change to `data` without changing it: the maps and lists on the change's way are
 * copied (the rest is shared), so a change to a 40-step journey copies a handful of containers.
 */
export function applyPlain(data: unknown, change: Change): unknown {
  const copy = copyAlong(data, change.path.slice(0, -1));
  switch (change.op) {
    case 'set': {
      const { parent, last } = container(copy, change.path);
      if (Array.isArray(parent)) {
        const index = indexOf(parent, last);
        if (index === -1) throw notFound(change.path);
        parent[index] = structuredClone(change.value);
      } else if (typeof last === 'string') parent[last] = structuredClone(change.value);
      else throw notFound(change.path);
      return copy;
    }
    case 'delete': {
      const { parent, last } = container(copy, change.path);
      if (Array.isArray(parent)) {
        const index = indexOf(parent, last);
        if (index === -1) throw notFound(change.path);
        parent.splice(index, 1);
      } else if (typeof last === 'string' && Object.hasOwn(parent, last)) delete parent[last];
      else throw notFound(change.path);
      return copy;
    }
    case 'insert': {
      const whole = copyAlong(data, change.path);
      let list = valueAt(whole, change.path);
      // A first item for a list the map does not have yet (a step's first pain point) makes the list.
      const last = change.path[change.path.length - 1];
      const parent = valueAt(whole, change.path.slice(0, -1));
      if (list === undefined && isRecord(parent) && typeof last === 'string') parent[last] = list = [];
      if (!Array.isArray(list)) throw notFound(change.path);
      if (!Number.isInteger(change.index) || change.index < 0 || change.index > list.length)
        throw new EditError('bad-change', `Index ${change.index} is outside the list ${showPath(change.path)}.`);
      list.splice(change.index, 0, structuredClone(change.value));
      return whole;
    }
    case 'move': {
      const { parent, last } = container(copy, change.path);
      const from = Array.isArray(parent) ? indexOf(parent, last) : -1;
      if (!Array.isArray(parent) || from === -1) throw notFound(change.path);
      const [item] = parent.splice(from, 1);
      const whole = copyAlong(copy, change.to);
      const target = valueAt(whole, change.to);
      if (!Array.isArray(target)) throw notFound(change.to);
      if (!Number.isInteger(change.index) || change.index < 0 || change.index > target.length)
        throw new EditError('bad-change', `Index ${change.index} is outside the list ${showPath(change.to)}.`);
      target.splice(change.index, 0, item);
      return whole;
    }
  }
}

/** `data` with each map and list on `path` (and the root) copied, so that they can be changed; what `path` does not name stays shared. */
function copyAlong(data: unknown, path: Path): unknown {
  const shallow = (value: unknown) => (Array.isArray(value) ? [...value] : isRecord(value) ? { ...value } : value);
  const root = shallow(data);
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current)) {
      const index = indexOf(current, segment);
      if (index === -1) break;
      current = current[index] = shallow(current[index]);
    } else if (isRecord(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) {
      current = current[segment] = shallow(current[segment]);
    } else break;
  }
  return root;
}

function container(data: unknown, path: Path): { parent: Record<string, unknown> | unknown[]; last: Segment } {
  if (path.length === 0) throw new EditError('bad-change', 'A change needs a path to a value inside the file.');
  const parent = valueAt(data, path.slice(0, -1));
  if (!Array.isArray(parent) && !isRecord(parent)) throw notFound(path);
  return { parent, last: path[path.length - 1]! };
}

export function notFound(path: Path): EditError {
  return new EditError('not-found', `Nothing in the file is at ${showPath(path)}.`, showPath(path));
}
