import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { EditError, type Path, type Segment, showPath } from './change.ts';
import { notFound } from './plain-change.ts';

/** What holds a node: a pair of a map, an item of a list, or the document itself. */
export type Holder = { kind: 'pair'; map: YAMLMap; pair: Pair } | { kind: 'item'; seq: YAMLSeq; index: number } | { kind: 'root' };

export type Located =
  | { found: true; node: Node | null; holder: Holder }
  /** The last segment is a key the map does not have yet. */
  | { found: false; map: YAMLMap; key: string };

/** The node of `doc` at `path`, with what holds it. Aliases are refused: editing one would change every place it is used. */
export function locate(doc: Document, path: Path): Located {
  let node = doc.contents as Node | null;
  let holder: Holder = { kind: 'root' };
  for (const [position, segment] of path.entries()) {
    if (isAlias(node))
      throw new EditError('unsupported', `${showPath(path)} goes through an alias (*name), which the editor does not change.`);
    if (isSeq(node)) {
      const index = seqIndex(node, segment);
      if (index === -1) throw notFound(path);
      holder = { kind: 'item', seq: node, index };
      node = node.items[index] as Node | null;
    } else if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) {
        if (position === path.length - 1) return { found: false, map: node, key: segment };
        throw notFound(path);
      }
      holder = { kind: 'pair', map: node, pair };
      node = pair.value as Node | null;
    } else throw notFound(path);
  }
  if (isAlias(node)) throw new EditError('unsupported', `${showPath(path)} is an alias (*name), which the editor does not change.`);
  return { found: true, node, holder };
}

export function seqIndex(seq: YAMLSeq, segment: Segment): number {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0 && segment < seq.items.length ? segment : -1;
  if (typeof segment === 'string') return -1;
  return seq.items.findIndex((item) => isMap(item) && (item as YAMLMap).get('id') === segment.id);
}

/** The list at `path`, which must be one. */
export function locateSeq(doc: Document, path: Path): YAMLSeq {
  const located = locate(doc, path);
  if (!located.found || !isSeq(located.node)) throw new EditError('not-found', `${showPath(path)} is not a list in the file.`);
  return located.node;
}

/**
 * A node like the one at `path` would be, from a neighbour: the same key path under another item
 * of the nearest list on the way (the `emotion` of another step, for a step that has none yet).
 */
export function neighbourLike(doc: Document, path: Path): Node | null {
  for (let position = path.length - 1; position >= 0; position--) {
    const segment = path[position]!;
    if (typeof segment === 'string') continue;
    let seq: YAMLSeq;
    try {
      seq = locateSeq(doc, path.slice(0, position));
    } catch {
      return null;
    }
    const own = seqIndex(seq, segment);
    const order = seq.items.map((_, index) => index).filter((index) => index !== own);
    order.sort((a, b) => Math.abs(a - own) - Math.abs(b - own));
    for (const index of order) {
      const found = walk(seq.items[index] as Node, path.slice(position + 1));
      if (found) return found;
    }
    return null;
  }
  return null;
}

function walk(start: Node | null, rest: Path): Node | null {
  let node = start;
  for (const segment of rest) {
    if (isMap(node) && typeof segment === 'string') node = node.get(segment, true) as Node | null;
    else if (isSeq(node) && typeof segment === 'number') node = (node.items[segment] as Node | undefined) ?? null;
    else return null;
    if (!node) return null;
  }
  return node;
}
