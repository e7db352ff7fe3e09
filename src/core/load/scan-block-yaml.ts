import { fromPointer, type Span } from './json-pointer.ts';
import { closingQuote } from './needs-full-parser.ts';

/**
 * A node of a block-style YAML text as `yaml` would range it: `start` and `end` are its
 * range[0] and range[1], `after` its range[2] (what its parent's end is made of). An end left
 * undefined, or an `unknown` node, is a place the scanner is not sure of: a pointer that needs
 * it gets no answer, and `locate` asks `yaml`.
 */
type ScannedNode =
  | {
      kind: 'map';
      start: number;
      end?: number;
      after?: number;
      entries: Map<string, { keyStart: number; keyEnd: number; value: ScannedNode }>;
      sure: boolean;
      tail?: FlowNode;
    }
  | { kind: 'seq'; start: number; end?: number; after?: number; items: ScannedNode[]; tail?: FlowNode }
  | { kind: 'scalar'; start: number; end: number; after: number }
  | FlowNode
  | { kind: 'unknown' };

/**
 * A one-line flow collection, read (flowCollection) only when a pointer reaches it: most never
 * are, and reading every `[web, app]` and `{ csat: 54 }` of a file was most of its scan. Until
 * read, it is not known to be sure; so a collection ending with it keeps it as its `tail`, and
 * has its end only once the flow collection turns out sure.
 */
interface FlowNode {
  kind: 'flow';
  /** The line holding it, where it opens and just after it closes, and the line's offset in the text. */
  line: string;
  open: number;
  close: number;
  base: number;
  after: number;
  read?: ScannedNode;
}

/** A flow collection's node once read: a map or list, or unknown when the scanner is not sure of it. */
function settle(node: ScannedNode): Exclude<ScannedNode, FlowNode> {
  if (node.kind !== 'flow') return node;
  if (!node.read) {
    const flow = flowCollection(node.line, node.open, node.close, node.base);
    node.read = flow ? { ...flow, after: node.after } : { kind: 'unknown' };
  }
  return node.read as Exclude<ScannedNode, FlowNode>;
}

/** What a collection ends with, when that is a flow collection not yet read (see FlowNode). */
function tailOf(node: ScannedNode): FlowNode | undefined {
  return node.kind === 'flow' ? node : node.kind === 'map' || node.kind === 'seq' ? node.tail : undefined;
}

interface Line {
  start: number;
  indent: number;
  text: string;
  /** Blank or holding only a comment. */
  empty: boolean;
  comment: boolean;
}

/** A key `yaml` reads as a string spelled as written (no number, boolean, null, quote or escape). */
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;
const NOT_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * Scans a file that took the fast path (block maps and lists, one-line scalars, block scalars,
 * one-line flow collections) into the spans `yaml` gives, so that locating a problem there does
 * not parse YAML. `locate(pointer, target)` returns exactly what `locate` in locate.ts returns
 * with the `yaml` document, or undefined wherever the scanner is not sure.
 */
export function scanBlockYaml(text: string): ((pointer: string, target: 'key' | 'value') => Span | undefined) | undefined {
  // Line and paragraph separators end `.` in the patterns this scan was checked against: unsure.
  if (text.includes('\u2028') || text.includes('\u2029')) return undefined;
  const lines = readLines(text);
  const first = nextContent(lines, 0);
  if (first === lines.length) return undefined;
  const scanner = new Scanner(text, lines);
  const { node, next } = scanner.collection(first, lines[first]!.indent, -1, false);
  // A file is a map; a journey's stage or step read as a block is a list of one map (locate-in-blocks.ts).
  if (nextContent(lines, next) !== lines.length || (node.kind !== 'map' && node.kind !== 'seq')) return undefined;
  const lineStarts = lines.map((line) => line.start);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  return (pointer, target) => {
    let current: ScannedNode = node;
    let key: { keyStart: number; keyEnd: number } | null = null;
    for (const segment of fromPointer(pointer)) {
      let next: ScannedNode | undefined;
      current = settle(current);
      if (current.kind === 'unknown') return undefined;
      if (current.kind === 'map') {
        if (!current.sure) return undefined;
        const entry = current.entries.get(segment);
        if (entry) key = entry;
        next = entry?.value;
      } else if (current.kind === 'seq') {
        // As locate.ts does (Number('') is 0): the same item, the same answer.
        next = current.items[Number(segment)];
        if (next) key = null;
      }
      if (!next) break;
      current = next;
    }
    current = settle(current);
    const tail = tailOf(current);
    const sure = current.kind !== 'unknown' && !(tail && settle(tail).kind === 'unknown');
    const range =
      target === 'key' && key ? [key.keyStart, key.keyEnd] : sure && current.kind !== 'unknown' ? [current.start, current.end] : undefined;
    if (!range || range[1] === undefined) return undefined;
    const start = position(range[0]!);
    const end = position(Math.max(range[0]!, range[1]));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const raw = text.slice(start, newline < 0 ? text.length : newline);
    const indent = leadingSpace(raw, 0);
    const comment = raw[indent] === '#';
    lines.push({ start, indent, text: raw, empty: indent === raw.length || comment, comment });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

function nextContent(lines: readonly Line[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.empty) index++;
  return index;
}

class Scanner {
  private readonly text: string;
  private readonly lines: readonly Line[];

  constructor(text: string, lines: readonly Line[]) {
    this.text = text;
    this.lines = lines;
  }

  private lineEnd(index: number): number {
    return index + 1 < this.lines.length ? this.lines[index + 1]!.start : this.text.length;
  }

  /** Where the lines of a node owned at `owner` end (the next line indented no deeper). */
  private skip(from: number, owner: number): number {
    let index = from;
    while (index < this.lines.length && (this.lines[index]!.empty || this.lines[index]!.indent > owner)) index++;
    return index;
  }

  /** A block map or list whose first entry starts at (`index`, `column`); `owner` is its parent's indentation. */
  collection(index: number, column: number, owner: number, sameIndentSeq: boolean): { node: ScannedNode; next: number } {
    if (isDashAt(this.lines[index]!.text, column)) return this.sequence(index, column, owner);
    if (sameIndentSeq) return { node: { kind: 'unknown' }, next: this.skip(index + 1, owner) };
    return this.map(index, column, owner);
  }

  private sequence(index: number, column: number, owner: number): { node: ScannedNode; next: number } {
    const items: ScannedNode[] = [];
    let line = index;
    let lastEnd = -1;
    for (;;) {
      const text = this.lines[line]!.text;
      if (text.charCodeAt(column) !== DASH || text.charCodeAt(column + 1) !== SPACE)
        return { node: { kind: 'unknown' }, next: this.skip(line + 1, owner) };
      const valueColumn = column + 1 + leadingSpace(text, column + 1);
      const { node, next } = this.itemValue(line, valueColumn, column);
      items.push(node);
      lastEnd = next;
      line = nextContent(this.lines, next);
      if (line >= this.lines.length || this.lines[line]!.indent !== column || !isDashAt(this.lines[line]!.text, column)) break;
    }
    if (line < this.lines.length && this.lines[line]!.indent > column) return { node: { kind: 'unknown' }, next: this.skip(line, owner) };
    const last = items[items.length - 1]!;
    const end = last.kind === 'unknown' ? undefined : last.after;
    return {
      node: {
        kind: 'seq',
        start: this.lines[index]!.start + column,
        end,
        after: this.after(end, lastEnd, line),
        items,
        tail: tailOf(last),
      },
      next: line,
    };
  }

  /** A seq item's value: a map starting on the dash's line, or a scalar; anything else is unknown. */
  private itemValue(line: number, column: number, dash: number): { node: ScannedNode; next: number } {
    const text = this.lines[line]!.text;
    if (column >= text.length || text.charCodeAt(column) === HASH || text.charCodeAt(column) === DASH)
      return { node: { kind: 'unknown' }, next: this.skip(line + 1, dash) };
    if (this.keyAt(line, column)) return this.map(line, column, dash);
    return this.scalarValue(line, column, dash);
  }

  /** The key of a map entry at (`line`, `column`): its end and where its value starts; null when the text there is no entry. */
  private keyAt(line: number, column: number): { keyEnd: number; valueColumn: number } | null {
    const text = this.lines[line]!.text;
    const first = text.charCodeAt(column);
    if (first === 0x22 || first === 0x27 || first === 0x5b || first === 0x7b) return null;
    // The first colon followed by spaces or by the end, before any comment (` #`).
    const comment = text.indexOf(' #', column);
    const limit = comment < 0 ? text.length : comment;
    for (let colon = text.indexOf(':', column); colon >= 0 && colon < limit; colon = text.indexOf(':', colon + 1)) {
      if (colon + 1 === limit) return { keyEnd: colon, valueColumn: limit };
      if (text.charCodeAt(colon + 1) !== SPACE) continue;
      let valueColumn = colon + 1;
      while (valueColumn < limit && text.charCodeAt(valueColumn) === SPACE) valueColumn++;
      return { keyEnd: colon, valueColumn };
    }
    return null;
  }

  private map(index: number, column: number, owner: number): { node: ScannedNode; next: number } {
    const entries = new Map<string, { keyStart: number; keyEnd: number; value: ScannedNode }>();
    let sure = true;
    let line = index;
    let lastEnd = -1;
    let last: ScannedNode | undefined;
    for (;;) {
      const key = this.keyAt(line, column);
      if (!key) return { node: { kind: 'unknown' }, next: this.skip(line + 1, owner) };
      const name = this.lines[line]!.text.slice(column, key.keyEnd);
      if (!PLAIN_KEY.test(name) || NOT_STRING_KEY.test(name)) sure = false;
      const { node, next } = this.entryValue(line, key.keyEnd, key.valueColumn, column);
      const start = this.lines[line]!.start;
      if (!entries.has(name)) entries.set(name, { keyStart: start + column, keyEnd: start + key.keyEnd, value: node });
      last = node;
      lastEnd = next;
      line = nextContent(this.lines, next);
      if (line >= this.lines.length || this.lines[line]!.indent !== column || isDashAt(this.lines[line]!.text, column)) break;
    }
    if (line < this.lines.length && this.lines[line]!.indent > column) return { node: { kind: 'unknown' }, next: this.skip(line, owner) };
    const end = last.kind === 'unknown' ? undefined : last.after;
    return {
      node: {
        kind: 'map',
        start: this.lines[index]!.start + column,
        end,
        after: this.after(end, lastEnd, line),
        entries,
        sure,
        tail: tailOf(last),
      },
      next: line,
    };
  }

  /** A collection's range[2]: its end, unless comments follow it (`yaml` then extends it over them). */
  private after(end: number | undefined, from: number, to: number): number | undefined {
    if (end === undefined) return undefined;
    for (let index = from; index < to; index++) if (this.lines[index]!.comment) return undefined;
    return end;
  }

  /** The value of a map entry whose key ends at `keyEnd` and sits at column `owner`. */
  private entryValue(line: number, keyEnd: number, column: number, owner: number): { node: ScannedNode; next: number } {
    const text = this.lines[line]!.text;
    if (column < text.length) {
      if (text[column] === '#') return { node: { kind: 'unknown' }, next: this.skip(line + 1, owner) };
      return this.scalarValue(line, column, owner);
    }
    const below = nextContent(this.lines, line + 1);
    const nested = below < this.lines.length ? this.lines[below]! : undefined;
    if (nested && (nested.indent > owner || (nested.indent === owner && /^-(?: |$)/.test(nested.text.slice(owner))))) {
      if (text.length !== keyEnd + 1) return { node: { kind: 'unknown' }, next: this.skip(line + 1, owner) };
      return this.collection(below, nested.indent, owner, nested.indent === owner);
    }
    // `key:` and nothing: a null scalar standing just after the colon (with spaces or a comment there, unsure).
    if (text.length !== keyEnd + 1) return { node: { kind: 'unknown' }, next: line + 1 };
    const at = this.lines[line]!.start + keyEnd + 1;
    return { node: { kind: 'scalar', start: at, end: at, after: at }, next: line + 1 };
  }

  /** A scalar or flow collection starting at (`line`, `column`), owned at indentation `owner`. */
  private scalarValue(line: number, column: number, owner: number): { node: ScannedNode; next: number } {
    const text = this.lines[line]!.text;
    const start = this.lines[line]!.start;
    const unknown = () => ({ node: { kind: 'unknown' } as ScannedNode, next: this.skip(line + 1, owner) });
    const first = text[column]!;
    if (first === '|' || first === '>') return this.blockScalar(line, column, owner) ?? unknown();
    let end: number;
    if (first === '"' || first === "'") {
      end = closingQuote(text, column + 1, first) + 1;
      if (end === 0) return unknown();
    } else if (first === '[' || first === '{') {
      end = flowEnd(text, column);
      if (end < 0) return unknown();
      if (!restIsBlank(text, end) || this.deeperAfter(line, owner)) return unknown();
      return { node: { kind: 'flow', line: text, open: column, close: end, base: start, after: this.lineEnd(line) }, next: line + 1 };
    } else {
      if ('&*!%@`'.includes(first) || (first === '?' && (column + 1 === text.length || text.charCodeAt(column + 1) === SPACE)))
        return unknown();
      // What a comment (spaces, then #) leaves of the line.
      let cut = text.indexOf(' #', column);
      if (cut < 0) cut = text.length;
      else while (cut > column && text.charCodeAt(cut - 1) === SPACE) cut--;
      const value = text.slice(column, cut).trimEnd();
      if (/: |:$/.test(value)) return unknown();
      end = column + value.length;
    }
    if (!restIsBlank(text, end)) return unknown();
    // A deeper line after a one-line value continues it (a plain scalar over lines): unsure.
    if (this.deeperAfter(line, owner)) return unknown();
    return { node: { kind: 'scalar', start: start + column, end: start + end, after: this.lineEnd(line) }, next: line + 1 };
  }

  private deeperAfter(line: number, owner: number): boolean {
    let index = line + 1;
    while (index < this.lines.length && this.lines[index]!.indent === this.lines[index]!.text.length) index++;
    return index < this.lines.length && this.lines[index]!.indent > owner;
  }

  /** `|` or `>` with clip or strip chomping and no indentation indicator: its range ends after its last non-blank line. */
  private blockScalar(line: number, column: number, owner: number): { node: ScannedNode; next: number } | null {
    const text = this.lines[line]!.text;
    if (!/^[|>]-? *(?:#.*)?$/.test(text.slice(column))) return null;
    let index = line + 1;
    let lastText = -1;
    for (; index < this.lines.length; index++) {
      const { indent, text: content } = this.lines[index]!;
      if (indent === content.length) continue;
      if (indent <= owner) break;
      lastText = index;
    }
    if (lastText < 0) return null;
    return {
      node: { kind: 'scalar', start: this.lines[line]!.start + column, end: this.lineEnd(lastText), after: this.lineEnd(lastText) },
      next: lastText + 1,
    };
  }
}

const COMMA = 0x2c;
const SPACE = 0x20;
const DASH = 0x2d;
const HASH = 0x23;

/** A list item's dash at `column`: `-` followed by a space or by the end of the line. */
function isDashAt(text: string, column: number): boolean {
  return text.charCodeAt(column) === DASH && (column + 1 === text.length || text.charCodeAt(column + 1) === SPACE);
}

/** Only spaces, then a comment or nothing, from `from` on. */
function restIsBlank(text: string, from: number): boolean {
  let index = from;
  while (text.charCodeAt(index) === SPACE) index++;
  return index >= text.length || text.charCodeAt(index) === HASH;
}

/** The white space at `from`, as `trimStart` counts it: spaces, or any white space when other kinds follow them. */
function leadingSpace(text: string, from: number): number {
  let index = from;
  while (text.charCodeAt(index) === SPACE) index++;
  if (index < text.length && /\s/.test(text[index]!)) return text.length - from - text.slice(from).trimStart().length;
  return index - from;
}
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** A character of a plain key in a flow map (`\w` or `-`), tested by code: this runs for every character of every flow map. */
function isKeyChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d
  );
}

/** Offset just after the bracket that closes a one-line flow collection opened at `open`; -1 when unsure. */
function flowEnd(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"' || char === "'") {
      index = closingQuote(text, index + 1, char);
      if (index < 0) return -1;
    } else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) return index + 1;
    } else if (char === '#' && text[index - 1] === ' ') return -1;
  }
  return -1;
}

/**
 * A one-line flow list or map between `open` and `end` (just after its closing bracket), its
 * items plain or quoted scalars or such collections; null for what is unsure
 * (a pair inside a list, an entry without a plain key, an empty item).
 */
function flowCollection(text: string, open: number, end: number, base: number): Extract<ScannedNode, { kind: 'map' | 'seq' }> | null {
  const isMap = text[open] === '{';
  const items: ScannedNode[] = [];
  const entries = new Map<string, { keyStart: number; keyEnd: number; value: ScannedNode }>();
  let index = open + 1;
  const skipSpaces = () => {
    while (text[index] === ' ') index++;
  };
  /** A scalar or nested collection at `index`, ending before `,` or the closing bracket. */
  const value = (stop: number): ScannedNode | null => {
    const first = text[index]!;
    if (first === '"' || first === "'") {
      const close = closingQuote(text, index + 1, first);
      if (close < 0) return null;
      const node: ScannedNode = { kind: 'scalar', start: base + index, end: base + close + 1, after: base + close + 1 };
      index = close + 1;
      return node;
    }
    if (first === '[' || first === '{') {
      const close = flowEnd(text, index);
      if (close < 0) return null;
      const nested = flowCollection(text, index, close, base);
      index = close;
      return nested ? { ...nested, after: base + close } : { kind: 'unknown' };
    }
    if (/[&*!%@`|>#,\]}?-]/.test(first) && !(first === '-' && /[^\s,\]}]/.test(text[index + 1] ?? ''))) return null;
    const from = index;
    for (let code = text.charCodeAt(index); index < end - 1 && code !== COMMA && code !== stop; code = text.charCodeAt(++index));
    const raw = text.slice(from, index);
    const trimmed = raw.trimEnd();
    if (trimmed === '' || /: |:$| #/.test(trimmed)) return null;
    return { kind: 'scalar', start: base + from, end: base + from + trimmed.length, after: base + index };
  };
  for (;;) {
    skipSpaces();
    if (index === end - 1) break;
    if (isMap) {
      const keyFrom = index;
      while (index < end - 1 && isKeyChar(text.charCodeAt(index))) index++;
      const name = text.slice(keyFrom, index);
      if (!PLAIN_KEY.test(name) || NOT_STRING_KEY.test(name) || text[index] !== ':' || text[index + 1] !== ' ') return null;
      index += 1;
      skipSpaces();
      const node = value(CLOSE_BRACE);
      if (!node) return null;
      if (!entries.has(name)) entries.set(name, { keyStart: base + keyFrom, keyEnd: base + keyFrom + name.length, value: node });
    } else {
      const node = value(CLOSE_BRACKET);
      if (!node || text[index] === ':') return null;
      items.push(node);
    }
    skipSpaces();
    if (text[index] === ',') index++;
    else if (index !== end - 1) return null;
  }
  const range = { start: base + open, end: base + end };
  return isMap ? { kind: 'map', ...range, entries, sure: true } : { kind: 'seq', ...range, items };
}
