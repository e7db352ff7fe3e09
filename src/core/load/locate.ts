import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { fromPointer, type Span } from './json-pointer.ts';

export { fromPointer, toPointer, type Span } from './json-pointer.ts';

/** What `locate` reads of a parsed file (load/parse-source.ts): its positioned document, or a locator of its own. */
export interface Locatable {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  locate?(pointer: string, target: 'key' | 'value'): Span | undefined;
}

/**
 * Finds where the value at `pointer` stands in the file. With `target: 'key'` the span is the
 * key of the last segment (for an unknown field, the field name is what is wrong). When the
 * pointer goes further than the document (a missing field), the deepest existing node is used.
 */
export function locate(file: Locatable, pointer: string, target: 'key' | 'value' = 'value'): Span {
  const known = file.locate?.(pointer, target);
  if (known) return known;
  const segments = fromPointer(pointer);
  let node: Node | null = file.doc.contents;
  let keyNode: Node | null = null;
  for (const segment of segments) {
    const resolved = resolveAlias(file, node);
    let next: { value: Node | null; key: Node | null } | null = null;
    if (isMap(resolved)) {
      const pair = resolved.items.find((item: Pair) => isScalar(item.key) && String(item.key.value) === segment);
      if (pair) next = { value: (pair.value as Node | null) ?? (pair.key as Node), key: pair.key as Node };
    } else if (isSeq(resolved)) {
      const item = resolved.items[Number(segment)] as Node | undefined;
      if (item) next = { value: item, key: null };
    }
    if (!next) break;
    node = next.value;
    keyNode = next.key;
  }
  const chosen = target === 'key' && keyNode ? keyNode : node;
  const range = chosen?.range ?? [0, 0, 0];
  const start = file.lineCounter.linePos(range[0]);
  const end = file.lineCounter.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function resolveAlias(file: Pick<Locatable, 'doc'>, node: Node | null): Node | null {
  if (isAlias(node)) return (node.resolve(file.doc) as Node | undefined) ?? null;
  return node;
}
