import { Document, isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { padFlowMaps } from '../format/format-source.ts';
import { type QuoteStyle, readsPlain, scalarText } from './scalar-text.ts';

/** How the file writes its YAML, read from the file itself, so that new text looks like the old. */
export interface FileStyle {
  /** Columns per level. */
  unit: number;
  /** Whether a block list under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  /** Whether flow maps are padded: `{ a: 1 }` rather than `{a: 1}`. */
  flowPadding: boolean;
  /** The quotes a string gets where a plain scalar cannot say it. */
  quote: QuoteStyle;
}

/**
 * A new value written as YAML lines for a block place whose content starts at column `column`
 * (the first line is returned without that indentation, the others with it). `like` is a
 * neighbour of the same kind (the step beside a new step): the new value's maps and lists
 * take its flow or block style and its key order, key by key.
 */
export function blockValueText(value: unknown, column: number, style: FileStyle, like?: Node | null): string {
  const doc = new Document(value);
  if (doc.contents && like) copyStyle(doc.contents as Node, like);
  if (style.flowPadding) padFlowMaps(doc);
  // yaml writes a string plain when a plain scalar reads back as it, else in the file's quotes.
  const text = doc.toString({
    indent: style.unit,
    indentSeq: style.indentSeq,
    lineWidth: 0,
    flowCollectionPadding: false,
    // (null, not false: false would turn a neighbour's single quotes, set on a node, into double ones.)
    singleQuote: style.quote === 'QUOTE_SINGLE' ? true : null,
  });
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.map((line, index) => (index === 0 || line === '' ? line : ' '.repeat(column) + line)).join('\n');
}

/** A new value written on one line for a place inside a flow collection. */
export function flowValueText(value: unknown, style: FileStyle): string {
  if (value === null || typeof value !== 'object')
    return scalarText(value, { inFlow: true, indent: 0, unit: style.unit, quote: style.quote });
  const doc = new Document(value);
  markFlow(doc.contents as Node);
  if (style.flowPadding) padFlowMaps(doc);
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: style.quote === 'QUOTE_SINGLE' ? true : null })
    .replace(/\n$/, '');
}

/** True when a value is written as a block (its text starts on the line after its key or dash). */
export function isBlockCollection(value: unknown, like: Node | null | undefined): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0) return false;
  return !(like && (isMap(like) || isSeq(like)) && like.flow);
}

function markFlow(node: Node): void {
  if (isMap(node) || isSeq(node)) {
    node.flow = true;
    for (const item of node.items) markFlow((isMap(node) ? (item as { value: Node }).value : item) as Node);
  }
}

function copyStyle(node: Node, like: Node): void {
  if (isMap(node) && isMap(like)) {
    if (like.flow) {
      markFlow(node);
      return;
    }
    const order = like.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
    const rank = (key: unknown) => {
      const index = order.indexOf(key);
      return index === -1 ? order.length : index;
    };
    (node as YAMLMap).items.sort((a, b) => rank((a.key as Scalar).value) - rank((b.key as Scalar).value));
    for (const pair of (node as YAMLMap).items) {
      const neighbour = like.get((pair.key as Scalar).value, true) as Node | undefined;
      if (neighbour && pair.value) copyStyle(pair.value as Node, neighbour);
    }
  } else if (isSeq(node) && isSeq(like)) {
    if (like.flow) {
      markFlow(node);
      return;
    }
    const first = like.items[0] as Node | undefined;
    if (first) for (const item of node.items) copyStyle(item as Node, first);
  } else if (isScalar(node) && isScalar(like) && typeof node.value === 'string' && typeof like.value === 'string') {
    const quote = deliberateQuote(like);
    if (quote) node.type = quote;
    // A text that needs quotes takes the neighbour's, when it wears some.
    else if ((like.type === 'QUOTE_DOUBLE' || like.type === 'QUOTE_SINGLE') && !readsPlain(node.value)) node.type = like.type;
  }
}

/** The quotes a new text that needs some takes beside `like`: the neighbour's when it is quoted, else `fallback` (the file's). */
export function neighbourQuote(like: Node | null | undefined, fallback: QuoteStyle): QuoteStyle {
  return isScalar(like) && (like.type === 'QUOTE_DOUBLE' || like.type === 'QUOTE_SINGLE') ? like.type : fallback;
}

/**
 * The quotes a neighbour wears by choice: those of a string that would read the same plain (a file
 * that quotes every name). A neighbour quoted because its text needs it (`a: b`) says nothing of
 * the new value, which is written plain when it can be.
 */
export function deliberateQuote(like: Node | null | undefined): QuoteStyle | undefined {
  if (!isScalar(like) || typeof like.value !== 'string') return undefined;
  if (like.type !== 'QUOTE_DOUBLE' && like.type !== 'QUOTE_SINGLE') return undefined;
  return readsPlain(like.value) ? like.type : undefined;
}
