import { type Document, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { equalValues } from '../diff/equal-values.ts';
import { formatSource } from '../format/format-source.ts';
import { readYamlFast } from '../load/read-yaml-fast.ts';
import type { SourceKind } from '../load/read-content.ts';
import { type Change, EditError, type Path, showPath } from './change.ts';
import { fileStyle } from './file-style.ts';
import { locate, locateSeq, neighbourLike } from './locate-node.ts';
import { applyPlain, isRecord, valueAt } from './plain-change.ts';
import type { FileStyle } from './render-value.ts';
import {
  addKey,
  deleteItem,
  type RawItem,
  scalarSplice,
  deleteKey,
  holderColumn,
  insertItem,
  replaceValue,
  setScalar,
} from './splice-node.ts';

export interface EditTarget {
  /** The file's path relative to the content root, for formatting and messages. */
  path: string;
  kind: SourceKind;
  text: string;
}

/**
 * Applies changes to a content file's text, node by node, and returns the new text: every byte
 * the changes do not name stays as it was (comments, blank lines, key order, quoting, flow or
 * block style, unknown keys, the file's own indentation). Each change is spliced into the text at
 * its node's source range, and the result is read back and compared with the same change made on
 * the plain data: a mismatch is refused (EditError 'unsupported') rather than written. A file that
 * `parcours fmt` leaves unchanged is formatted after the change, so that it stays so (a new key
 * goes where the schema orders it): fmt's printer reproduces such a file byte for byte.
 */
export function editText(target: EditTarget, changes: readonly Change[]): string {
  // A file written with CRLF line ends throughout is edited with LF ones and given CRLF back, so
  // that new lines match the old; a file that mixes both is edited as it is.
  const crlf = target.text.includes('\r\n') && !/(^|[^\r])\n/.test(target.text);
  if (crlf) return editText({ ...target, text: target.text.replaceAll('\r\n', '\n') }, changes).replaceAll('\n', '\r\n');
  let text = target.text;
  let { doc, data } = parsed(text) as { doc: Document.Parsed | undefined; data: unknown };
  // Whether new text was written from values (a key, an item): only then may fmt's layout differ.
  let rendered = false;
  // Scalars set on `text` (the text `doc` was read from) and not spliced in yet: each touches its
  // own bytes, so they are spliced together, from the end, and read back once (a drag of several
  // curves, a list set item by item), with no parse in between.
  let pending: { start: number; end: number; insert: string; step: Change }[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    let next = text;
    for (const { start, end, insert } of [...pending].sort((a, b) => b.start - a.start))
      next = next.slice(0, start) + insert + next.slice(end);
    const last = pending[pending.length - 1]!.step;
    text = readBack(next, data, last);
    doc = PARSED.get(text)?.doc;
    pending = [];
  };
  for (const change of changes) {
    for (const step of smallerChanges(data, change)) {
      const expected = applyPlain(data, step);
      const region = doc && scalarRegion(text, doc, step);
      if (region && pending.every((other) => region.end <= other.start || region.start >= other.end)) {
        pending.push({ ...region, step });
        data = expected;
        continue;
      }
      flush();
      doc ??= parsed(text).doc;
      const next = spliceChange(text, doc, step, fileStyle(doc, text));
      rendered ||= writesNewText(step, data);
      data = expected;
      text = readBack(next, data, step);
      doc = PARSED.get(text)?.doc;
    }
  }
  flush();
  if (rendered && isFormatted(target)) {
    const again = formatSource({ ...target, text }).text;
    if (again !== undefined && equalValues(readYamlFast(again) ?? parsed(again).data, data)) text = again;
  }
  return text;
}

/** A file's plain data as the edits read it (kept from its last parse, else read fast), or null when it is not YAML. */
export function editedData(text: string): unknown {
  try {
    return PARSED.get(text)?.data ?? readYamlFast(text) ?? parsed(text).data;
  } catch {
    return null;
  }
}

/**
 * Parses a text ahead of its next edit (a 40-step journey takes tens of milliseconds to parse
 * with positions): the edit API calls it once it has answered, so that the next change of the
 * file, which starts from the text this one wrote, finds it parsed.
 */
export function prepareEdit(text: string): void {
  try {
    parsed(text);
  } catch {
    // A text that does not parse is reported by the edit that needs it.
  }
}

/**
 * `text` when it reads as `expected`: read back fast (js-yaml, when it reads the text as `yaml`
 * would); its positions are parsed only if a later step needs them, or by prepareEdit.
 */
function readBack(text: string, expected: unknown, step: Change): string {
  const data = PARSED.get(text)?.data ?? readYamlFast(text) ?? parsed(text, step).data;
  if (!equalValues(data, expected))
    throw new EditError('unsupported', `The change at ${showPath(step.path)} cannot be written in place in this file's YAML.`);
  return text;
}

/** The bytes a set of a one-line scalar over a scalar replaces, or undefined for any other step. */
function scalarRegion(text: string, doc: Document, step: Change): { start: number; end: number; insert: string } | undefined {
  if (step.op !== 'set') return undefined;
  const { value } = step;
  if ((value !== null && typeof value === 'object') || (typeof value === 'string' && value.includes('\n'))) return undefined;
  const located = locate(doc, step.path);
  if (!located.found || !located.node || !isScalar(located.node)) return undefined;
  const { holder, node } = located;
  const inFlow = holder.kind === 'pair' ? holder.map.flow === true : holder.kind === 'item' ? holder.seq.flow === true : false;
  return scalarSplice(text, node, value, inFlow, holderColumn(text, holder), fileStyle(doc, text));
}

/** True unless the step only changes a scalar, removes a node or moves one (whose text is kept). */
function writesNewText(step: Change, before: unknown): boolean {
  if (step.op === 'delete' || step.op === 'move') return false;
  if (step.op !== 'set') return true;
  const old = valueAt(before, step.path);
  const scalar = (value: unknown) => value === null || (typeof value !== 'object' && value !== undefined);
  return !(scalar(old) && scalar(step.value) && !(typeof step.value === 'string' && step.value.includes('\n')));
}

/**
 * The last texts parsed, with their documents and data: the edit API's next change of a file
 * starts from the text its last change wrote, which is then not parsed again (a 40-step journey
 * takes tens of milliseconds to parse with positions). The documents are only read, never changed.
 */
const PARSED = new Map<string, { doc: Document.Parsed; data: unknown }>();
const FORMATTED = new Map<string, boolean>();
const KEEP = 8;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return value;
}

function isFormatted(target: EditTarget): boolean {
  return FORMATTED.get(target.text) ?? remember(FORMATTED, target.text, formatSource(target).text === target.text);
}

function parse(text: string, after?: Change): Document.Parsed {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    throw after
      ? new EditError('unsupported', `The change at ${showPath(after.path)} cannot be written in place in this file's YAML.`)
      : new EditError('not-yaml', `The file does not read as YAML: ${doc.errors[0]!.message}`);
  return doc;
}

function parsed(text: string, after?: Change): { doc: Document.Parsed; data: unknown } {
  const known = PARSED.get(text);
  if (known) return known;
  const doc = parse(text, after);
  return remember(PARSED, text, { doc, data: doc.toJS() as unknown });
}

/**
 * A `set` of a whole map or list, said as the few changes that make it: the keys that differ,
 * the list items removed and added between a common start and end. So setting a persona's
 * channels to one more channel adds one item rather than rewriting the list.
 */
function smallerChanges(data: unknown, change: Change): Change[] {
  if (change.op !== 'set') return [change];
  const old = valueAt(data, change.path);
  const value = change.value;
  if (isRecord(old) && isRecord(value)) {
    const changes: Change[] = [];
    for (const key of Object.keys(old)) if (!Object.hasOwn(value, key)) changes.push({ op: 'delete', path: [...change.path, key] });
    for (const [key, item] of Object.entries(value)) {
      if (!Object.hasOwn(old, key)) changes.push({ op: 'set', path: [...change.path, key], value: item });
      else if (!equalValues(old[key], item)) changes.push(...smallerChanges(data, { op: 'set', path: [...change.path, key], value: item }));
    }
    // A map that loses every key is written as a whole.
    return Object.keys(value).length === 0 && Object.keys(old).length > 0 ? [change] : changes;
  }
  if (Array.isArray(old) && Array.isArray(value) && value.length > 0 && old.length > 0) {
    let head = 0;
    while (head < old.length && head < value.length && equalValues(old[head], value[head])) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < value.length - head &&
      equalValues(old[old.length - 1 - tail], value[value.length - 1 - tail])
    )
      tail++;
    const removed = old.length - head - tail;
    const added = value.slice(head, value.length - tail);
    const changes: Change[] = [];
    const common = Math.min(removed, added.length);
    for (let index = 0; index < common; index++)
      changes.push(...smallerChanges(data, { op: 'set', path: [...change.path, head + index], value: added[index] }));
    for (let index = removed - 1; index >= common; index--) changes.push({ op: 'delete', path: [...change.path, head + index] });
    for (let index = common; index < added.length; index++)
      changes.push({ op: 'insert', path: change.path, index: head + index, value: added[index] });
    return changes.length === 0 ? [] : removed === old.length ? [change] : changes;
  }
  return [change];
}

function spliceChange(text: string, doc: Document, change: Change, style: FileStyle): string {
  switch (change.op) {
    case 'set': {
      const located = locate(doc, change.path);
      const like = neighbourLike(doc, change.path);
      if (!located.found) return addKey(text, located.map, located.key, change.value, style, like);
      const { node, holder } = located;
      const scalarValue = change.value === null || typeof change.value !== 'object';
      if (node && isScalar(node) && scalarValue) {
        const inFlow = holder.kind === 'pair' ? holder.map.flow === true : holder.kind === 'item' ? holder.seq.flow === true : false;
        return setScalar(text, node, change.value, inFlow, holderColumn(text, holder), style);
      }
      return replaceValue(text, holder, node, change.value, style, like ?? node);
    }
    case 'delete': {
      const located = locate(doc, change.path);
      if (!located.found) throw new EditError('not-found', `Nothing in the file is at ${showPath(change.path)}.`);
      const { holder } = located;
      if (holder.kind === 'pair') {
        if (holder.map.items.length > 1) return deleteKey(text, holder.map, holder.pair);
        return replaceParent(text, doc, change.path, {}, style);
      }
      if (holder.kind === 'item') {
        if (holder.seq.items.length > 1) return deleteItem(text, holder.seq, holder.index).text;
        return replaceParent(text, doc, change.path, [], style);
      }
      throw new EditError('bad-change', 'The whole document cannot be deleted.');
    }
    case 'insert': {
      const located = locate(doc, change.path);
      if (!located.found) {
        if (change.index !== 0) throw new EditError('bad-change', `Index ${change.index} is outside the list ${showPath(change.path)}.`);
        return addKey(text, located.map, located.key, [change.value], style, neighbourLike(doc, change.path));
      }
      const seq = locateSeq(doc, change.path);
      if (seq.items.length === 0) return replaceParent(text, doc, [...change.path, 0], [change.value], style);
      return insertItem(text, seq, change.index, change.value, style);
    }
    case 'move': {
      const source = locate(doc, change.path);
      if (!source.found || source.holder.kind !== 'item') throw new EditError('not-found', `${showPath(change.path)} is not a list item.`);
      const { seq, index } = source.holder;
      const value = (source.node as Node | null)?.toJSON() as unknown;
      const removed: { text: string; removed?: RawItem } =
        seq.items.length > 1 ? deleteItem(text, seq, index) : { text: replaceParent(text, doc, change.path, [], style) };
      const after = parsed(removed.text, change).doc;
      const target = locateSeq(after, change.to);
      if (target.items.length === 0) return replaceParent(removed.text, after, [...change.to, 0], [value], style);
      const raw = removed.removed?.flow === (target.flow === true) ? removed.removed : undefined;
      return insertItem(removed.text, target, change.index, value, fileStyle(after, removed.text), raw);
    }
  }
}

/** Replaces the collection holding the last segment of `path` by `value` (an emptied map or list, a first item). */
function replaceParent(text: string, doc: Document, path: Path, value: unknown, style: FileStyle): string {
  const parentPath = path.slice(0, -1);
  const located = locate(doc, parentPath);
  if (!located.found) throw new EditError('not-found', `Nothing in the file is at ${showPath(parentPath)}.`);
  if (!isMap(located.node) && !isSeq(located.node)) throw new EditError('not-found', `${showPath(parentPath)} is not a map or a list.`);
  return replaceValue(text, located.holder, located.node, value, style, neighbourLike(doc, parentPath));
}
