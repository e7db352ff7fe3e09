import { isScalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { EditError } from './change.ts';
import type { Holder } from './locate-node.ts';
import { blockValueText, deliberateQuote, type FileStyle, flowValueText, isBlockCollection, neighbourQuote } from './render-value.ts';
import { scalarText } from './scalar-text.ts';
import {
  backBlankLines,
  columnOf,
  endWithComments,
  lineStart,
  nextLineStart,
  shiftLines,
  skipBlankLines,
  startWithComments,
  trimEnd,
} from './source-lines.ts';

/**
 * Text splices for one node: each takes the file's text and the parsed node (with its source
 * range) and returns the new text, changing only the bytes of that node and, for a list item or a
 * key added or removed, its own lines. Nothing here re-prints the document.
 */

type Range = [number, number, number];
const rangeOf = (node: Node): Range => {
  if (!node.range) throw new EditError('unsupported', 'A node without a position in the file cannot be edited in place.');
  return node.range as Range;
};
const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Where a value's own text ends (a block scalar's last line, without the newline that ends it). */
function valueEnd(text: string, node: Node): number {
  return trimEnd(text, rangeOf(node)[1]);
}

/** Replaces a scalar's text with `value` written in its style and place. */
export function setScalar(text: string, node: Node, value: unknown, inFlow: boolean, indent: number, style: FileStyle): string {
  const { start, end, insert } = scalarSplice(text, node, value, inFlow, indent, style);
  return splice(text, start, end, insert);
}

/** The bytes setScalar replaces, and what it puts there. */
export function scalarSplice(
  text: string,
  node: Node,
  value: unknown,
  inFlow: boolean,
  indent: number,
  style: FileStyle,
): { start: number; end: number; insert: string } {
  const type = isScalar(node) ? node.type : undefined;
  return {
    start: rangeOf(node)[0],
    end: valueEnd(text, node),
    insert: scalarText(value, { inFlow, style: type, indent, unit: style.unit, quote: style.quote }),
  };
}

/** Where the value of a block pair or item starts: after its key's colon or its item's dash. */
function afterIndicator(text: string, holder: Holder): number {
  if (holder.kind === 'pair') {
    const key = rangeOf(holder.pair.key as Node);
    const colon = text.indexOf(':', key[1]);
    if (colon === -1) throw new EditError('unsupported', 'A key without a colon cannot be edited in place.');
    return colon + 1;
  }
  if (holder.kind === 'item') return dashOffset(text, holder.seq, holder.index) + 1;
  throw new EditError('bad-change', 'The whole document cannot be replaced.');
}

/** The column where the key or dash that holds a value sits. */
export function holderColumn(text: string, holder: Holder): number {
  if (holder.kind === 'pair') return columnOf(text, rangeOf(holder.pair.key as Node)[0]);
  if (holder.kind === 'item') return holder.seq.flow ? 0 : columnOf(text, dashOffset(text, holder.seq, holder.index));
  return 0;
}

/** Replaces a whole value (a scalar by a map, a list by `[]`): used where node-by-node edits cannot say it. */
export function replaceValue(
  text: string,
  holder: Holder,
  node: Node | null,
  value: unknown,
  style: FileStyle,
  like?: Node | null,
): string {
  const inFlow = holder.kind === 'pair' ? holder.map.flow === true : holder.kind === 'item' ? holder.seq.flow === true : false;
  if (inFlow) {
    if (!node) throw new EditError('unsupported', 'A value missing inside a flow collection cannot be set in place.');
    const [start, end] = rangeOf(node);
    return splice(text, start, end, flowValueText(value, style));
  }
  const start = afterIndicator(text, holder);
  const end = node ? Math.max(start, valueEnd(text, node)) : start;
  const column = holderColumn(text, holder);
  let written: string;
  if (isBlockCollection(value, like)) {
    if (holder.kind === 'item') written = ` ${blockValueText(value, column + 2, style, like)}`;
    else {
      const child = Array.isArray(value) && !style.indentSeq ? column : column + style.unit;
      written = `\n${' '.repeat(child)}${blockValueText(value, child, style, like)}`;
    }
  } else if (value !== null && typeof value === 'object') written = ` ${flowValueText(value, style)}`;
  else written = ` ${scalarText(value, { inFlow: false, indent: column, unit: style.unit, quote: style.quote })}`;
  return splice(text, start, end, written);
}

/** Adds `key: value` at the end of a map. */
export function addKey(text: string, map: YAMLMap, key: string, value: unknown, style: FileStyle, like?: Node | null): string {
  const keyText = scalarText(key, { inFlow: map.flow === true, indent: 0, unit: style.unit, quote: style.quote });
  const last = map.items[map.items.length - 1];
  if (map.flow) {
    const pairText = `${keyText}: ${flowValueText(value, style)}`;
    if (!last) {
      const [start, end] = rangeOf(map);
      return splice(text, start, end, style.flowPadding ? `{ ${pairText} }` : `{${pairText}}`);
    }
    const end = pairEnd(last);
    return splice(text, end, end, `, ${pairText}`);
  }
  if (!last) throw new EditError('unsupported', 'An empty block map cannot be added to in place.');
  const column = columnOf(text, rangeOf(last.key as Node)[0]);
  let written: string;
  if (isBlockCollection(value, like)) {
    const child = Array.isArray(value) && !style.indentSeq ? column : column + style.unit;
    written = `:\n${' '.repeat(child)}${blockValueText(value, child, style, like)}`;
  } else if (value !== null && typeof value === 'object') written = `: ${flowValueText(value, style)}`;
  else written = `: ${scalarText(value, { inFlow: false, indent: column, unit: style.unit, quote: style.quote })}`;
  const at = nextLineStart(text, trimEnd(text, pairEnd(last)));
  const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return splice(text, at, at, `${newline}${' '.repeat(column)}${keyText}${written}\n`);
}

function pairEnd(pair: Pair): number {
  return rangeOf((pair.value as Node | null) ?? (pair.key as Node))[1];
}

/** Removes a key and its value from a map with more than one key. */
export function deleteKey(text: string, map: YAMLMap, pair: Pair): string {
  const index = map.items.indexOf(pair);
  const keyStart = rangeOf(pair.key as Node)[0];
  if (map.flow) {
    if (index < map.items.length - 1) return splice(text, keyStart, rangeOf(map.items[index + 1]!.key as Node)[0], '');
    return splice(text, pairEnd(map.items[index - 1]!), pairEnd(pair), '');
  }
  const next = map.items[index + 1];
  // A first key on its item's dash line (`- id: a`): the next key moves up onto that line.
  if (text.slice(lineStart(text, keyStart), keyStart).trim() !== '') {
    if (!next) throw new EditError('unsupported', 'The last key of a list item cannot be removed in place.');
    return splice(text, keyStart, rangeOf(next.key as Node)[0], '');
  }
  // The key goes with its own comments (above it at its column, and below it inside its value) and
  // the blank lines that separated it from the next key; other comments stay.
  let end = endWithComments(text, nextLineStart(text, trimEnd(text, pairEnd(pair))), columnOf(text, keyStart));
  if (next) end = Math.min(skipBlankLines(text, end), startWithComments(text, rangeOf(next.key as Node)[0]));
  return splice(text, startWithComments(text, keyStart), end, '');
}

/** The offset of the `-` of a block list's item. */
function dashOffset(text: string, seq: YAMLSeq, index: number): number {
  const item = seq.items[index] as Node | null;
  let at = item ? rangeOf(item)[0] : -1;
  if (at === -1) throw new EditError('unsupported', 'An empty list item cannot be edited in place.');
  while (at > 0 && text[at] !== '-') at--;
  return at;
}

/**
 * The text span of a block list's item: its own comment lines above it (startWithComments), its
 * lines, and the comment lines inside it after its last key, up to the start of the next line.
 */
function itemSpan(text: string, seq: YAMLSeq, index: number): { start: number; end: number } {
  const dash = dashOffset(text, seq, index);
  const start = startWithComments(text, dash);
  let end = endWithComments(text, nextLineStart(text, trimEnd(text, rangeOf(seq.items[index] as Node)[1])), columnOf(text, dash));
  if (index < seq.items.length - 1) end = Math.min(end, startWithComments(text, dashOffset(text, seq, index + 1)));
  return { start, end };
}

/** What separates two items of a block list (the blank lines after the first, or nothing), kept for new items. */
function separator(text: string, seq: YAMLSeq): string {
  if (seq.items.length < 2) return '';
  const end = itemSpan(text, seq, 0).end;
  return text.slice(end, Math.min(skipBlankLines(text, end), itemSpan(text, seq, 1).start));
}

/** Removes a list's item; the caller replaces a list's only item by `[]`. */
export function deleteItem(text: string, seq: YAMLSeq, index: number): { text: string; removed: RawItem } {
  const count = seq.items.length;
  if (seq.flow) {
    const [start, end] = rangeOf(seq.items[index] as Node);
    const removed = { text: text.slice(start, end), column: 0, flow: true, between: '' };
    if (index < count - 1) return { text: splice(text, start, rangeOf(seq.items[index + 1] as Node)[0], ''), removed };
    return { text: splice(text, rangeOf(seq.items[index - 1] as Node)[1], end, ''), removed };
  }
  const span = itemSpan(text, seq, index);
  const column = columnOf(text, dashOffset(text, seq, index));
  const removed = { text: text.slice(span.start, span.end).replace(/\n*$/, '\n'), column, flow: false, between: separator(text, seq) };
  // The item goes with its own comments and one separator: the blank lines after it, or before it
  // when it is the last. A comment between items that is not an item's own stays.
  if (index < count - 1)
    return { text: splice(text, span.start, Math.min(skipBlankLines(text, span.end), itemSpan(text, seq, index + 1).start), ''), removed };
  return { text: splice(text, backBlankLines(text, span.start), span.end, ''), removed };
}

/** A list item's own text, as removed by a move: with the column of its dash and the separator its list had between items. */
export interface RawItem {
  text: string;
  column: number;
  flow: boolean;
  between: string;
}

/**
 * Inserts an item into a non-empty list at `index`. `raw` is an item's own text (a moved item,
 * with the column its dash had); without it, `value` is written like its neighbour.
 */
export function insertItem(text: string, seq: YAMLSeq, index: number, value: unknown, style: FileStyle, raw?: RawItem): string {
  const count = seq.items.length;
  const like = (seq.items[index - 1] ?? seq.items[index] ?? null) as Node | null;
  if (seq.flow) {
    const written = raw?.flow ? raw.text : flowValueText(value, style);
    if (index < count) {
      const at = rangeOf(seq.items[index] as Node)[0];
      return splice(text, at, at, `${written}, `);
    }
    const at = rangeOf(seq.items[count - 1] as Node)[1];
    return splice(text, at, at, `, ${written}`);
  }
  const first = seq.items[0] as Node;
  const dash = dashOffset(text, seq, 0);
  const dashColumn = columnOf(text, dash);
  let written: string;
  if (raw && !raw.flow) written = shiftLines(raw.text, dashColumn - raw.column);
  else {
    const sameLine = lineStart(text, rangeOf(first)[0]) === lineStart(text, dash);
    const contentColumn = sameLine ? columnOf(text, rangeOf(first)[0]) : dashColumn + 2;
    const lead = `${' '.repeat(dashColumn)}-${' '.repeat(contentColumn - dashColumn - 1)}`;
    const body =
      value !== null && typeof value === 'object'
        ? isBlockCollection(value, like)
          ? blockValueText(value, contentColumn, style, like)
          : flowValueText(value, style)
        : scalarText(value, {
            inFlow: false,
            indent: dashColumn,
            unit: style.unit,
            quote: neighbourQuote(like, style.quote),
            style: deliberateQuote(like),
          });
    written = `${lead}${body}\n`;
  }
  const between = seq.items.length < 2 && raw ? raw.between : separator(text, seq);
  if (index < count) {
    const at = itemSpan(text, seq, index).start;
    return splice(text, at, at, written + between);
  }
  const at = itemSpan(text, seq, count - 1).end;
  const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return splice(text, at, at, newline + between + written);
}
