import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ParsedFile } from './parse-source.ts';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Builds a JSON pointer from path segments (RFC 6901). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Finds where the value at `pointer` stands in the file. With `target: 'key'` the span is the
 * key of the last segment (for an unknown field, the field name is what is wrong). When the
 * pointer goes further than the document (a missing field), the deepest existing node is used.
 */
export function locate(file: Pick<ParsedFile, 'doc' | 'lineCounter' | 'locate'>, pointer: string, target: 'key' | 'value' = 'value'): Span {
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

function resolveAlias(file: Pick<ParsedFile, 'doc'>, node: Node | null): Node | null {
  if (isAlias(node)) return (node.resolve(file.doc) as Node | undefined) ?? null;
  return node;
}
