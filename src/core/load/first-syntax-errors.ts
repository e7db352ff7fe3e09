import { parseDocument, type YAMLError } from 'yaml';

/** Regions reported per file at most: past that, a person fixes the first ones and validates again. */
const MAX_REGIONS = 20;
/**
 * Characters parsed again at most, per file: some forty parses of a large journey (25 KB). Past it,
 * the next regions are read from the last parse's errors without parsing again, so a huge file
 * with many mistakes costs a few parses, not one per mistake (a cascade may then show).
 */
const REPARSE_BUDGET = 1_000_000;

/** What went wrong on the line to fix, when it is one of the slips people new to YAML make. */
export type SyntaxSlip =
  /** The line's key starts right of the key above it (on a list item: right of the first key after `- `). */
  | { kind: 'indent-deeper'; key: string; above: string; aboveLine: number; expectedColumn: number; inItem: boolean }
  /** The line's key starts left of the key above it, at no column of an enclosing map. */
  | { kind: 'indent-shallower'; key: string; above: string; aboveLine: number; expectedColumn: number; inItem: boolean }
  /** A tab in the indentation of a key whose place is known: under the key above. */
  | { kind: 'tab'; key: string; above: string; aboveLine: number; expectedColumn: number }
  /** `key:value`: without a space after the colon, YAML reads one text, not a key and a value. */
  | { kind: 'colon-space'; key: string; value: string; colonColumn: number }
  /** `key: a: b`: a plain value holding a colon and a space, which YAML reads as another key. */
  | { kind: 'colon-in-value'; key: string; value: string }
  /** A quoted value whose closing quote is missing: YAML reads the rest of the file into it. */
  | { kind: 'unclosed-quote'; quote: string }
  /** A list item whose `- ` is not under the `- ` of the item before it. */
  | { kind: 'item-misaligned'; aboveLine: number; expectedColumn: number };

/** The first syntax error of a region, with the line a person should fix (1-based) and what is wrong there, when known. */
export interface RegionError {
  error: YAMLError;
  line: number;
  /** 1-based column to show: the key to move, the colon that lacks its space, else where the parser's error starts. */
  column: number;
  slip?: SyntaxSlip;
}

/**
 * The syntax errors worth showing: the first of each region, never the cascade that follows.
 *
 * A region is the entry that holds the line to fix: that line, and the lines after it that are
 * indented deeper than the column its key should start at; it ends at the first line (not blank,
 * not a comment) that comes back to that column or further left. The yaml parser's recovery after
 * a slip reports an error for almost every line of the entry, and often for lines after it (a tab
 * cascades down the whole list). So the region's lines are blanked (spaces, so every offset and
 * position stays the same) and the text is parsed again: an error that remains, on a line where
 * the first parse found one too, is a mistake of its own and starts the next region (blanking can
 * make errors of its own, such as a key that now repeats one above the blank: those are not the
 * author's). Only files with errors pay for this, one parse per region.
 */
export function firstSyntaxErrors(text: string, errors: readonly YAMLError[]): RegionError[] {
  const lines = text.split('\n');
  const found: RegionError[] = [];
  const starts = lineStarts(lines);
  const erroneous = new Set(errors.flatMap((error) => [lineOf(starts, error.pos[0]), lineToFix(error, lines, starts)]));
  let current = errors;
  let next = 1;
  let budget = REPARSE_BUDGET;
  while (found.length < MAX_REGIONS) {
    const first = firstError(current, lines, next, erroneous);
    if (!first) break;
    found.push(first);
    // What follows a second `---` is another document: none of its errors are about this one.
    if (first.error.code === 'MULTIPLE_DOCS') break;
    const end = regionEnd(lines, first);
    next = end;
    // A duplicate key does not confuse the parser: nothing after it is a cascade.
    if (first.error.code === 'DUPLICATE_KEY') {
      next = first.line + 1;
      continue;
    }
    if (budget < text.length) continue;
    budget -= text.length;
    for (let line = first.line; line < end; line++) lines[line - 1] = lines[line - 1]!.replace(/[^\r]/g, ' ');
    current = parseDocument(lines.join('\n'), { prettyErrors: false, uniqueKeys: true }).errors;
  }
  return found;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function firstError(
  errors: readonly YAMLError[],
  lines: readonly string[],
  from: number,
  erroneous: ReadonlySet<number>,
): RegionError | undefined {
  const starts = lineStarts(lines);
  let best: { error: YAMLError; line: number } | undefined;
  for (const error of errors) {
    const line = lineToFix(error, lines, starts);
    if (line < from || !erroneous.has(line)) continue;
    // At the same start, "implicit keys need to be on a single line" spans the line to fix; its twin does not.
    if (
      !best ||
      error.pos[0] < best.error.pos[0] ||
      (error.pos[0] === best.error.pos[0] && error.code === 'MULTILINE_IMPLICIT_KEY' && best.error.code !== 'MULTILINE_IMPLICIT_KEY')
    )
      best = { error, line };
  }
  if (!best) return undefined;
  const { slip } = slipAt(lines, best.line, best.error);
  const start = lineOf(starts, best.error.pos[0]);
  // Where the error starts, unless that is not on the line to fix or the slip says better.
  const lineText = lines[best.line - 1] ?? '';
  const column =
    slip?.kind === 'colon-space'
      ? slip.colonColumn
      : slip?.kind === 'unclosed-quote'
        ? lineText.indexOf(slip.quote, keyColumn(lineText)) + 1
        : slip?.kind === 'colon-in-value' && lineText.includes(slip.value)
          ? lineText.indexOf(slip.value, keyColumn(lineText) + slip.key.length) + 1
          : (slip && slip.kind !== 'tab') || start !== best.line
            ? indentOf(lines[best.line - 1] ?? '') + 1
            : best.error.pos[0] - starts[start - 1]! + 1;
  return { ...best, column, ...(slip ? { slip } : {}) };
}

/**
 * A key that runs over two lines is a key line followed by a line indented too far; the error
 * starts on the first, the line to fix is the second. Unless the first line lacks the space after
 * its colon: then it is the one to fix.
 */
function lineToFix(error: YAMLError, lines: readonly string[], starts: readonly number[]): number {
  const start = lineOf(starts, error.pos[0]);
  // An error that starts at the end of a line and runs into the next is about the next.
  const rest = (lines[start - 1] ?? '').slice(error.pos[0] - starts[start - 1]!);
  if (error.code === 'BAD_INDENT' && rest.trim() === '' && lineOf(starts, error.pos[1]) > start) return nextContent(lines, start) ?? start;
  const quote = unclosedQuote(error);
  if (quote) return openingQuoteLine(lines, quote, start) ?? start;
  if (error.code !== 'MULTILINE_IMPLICIT_KEY' || colonWithoutSpace(lines[start - 1] ?? '')) return start;
  return lineOf(starts, Math.max(error.pos[0], error.pos[1] - 1));
}

function slipAt(lines: readonly string[], line: number, error: YAMLError): { slip?: SyntaxSlip } {
  if (error.code === 'DUPLICATE_KEY' || error.code === 'MULTIPLE_DOCS') return {};
  const text = lines[line - 1] ?? '';
  if (error.code === 'TAB_AS_INDENT') {
    const above = previousContent(lines, line);
    const key = keyOf(text);
    const aboveKey = above === undefined ? undefined : keyOf(lines[above - 1]!);
    if (above === undefined || key === undefined || aboveKey === undefined || opensBlock(lines[above - 1]!)) return {};
    return { slip: { kind: 'tab', key, above: aboveKey, aboveLine: above, expectedColumn: keyColumn(lines[above - 1]!) + 1 } };
  }
  const colon = colonWithoutSpace(text);
  if (colon) return { slip: { kind: 'colon-space', ...colon } };
  const quote = unclosedQuote(error);
  if (quote) return openingQuoteLine(lines, quote, line) === line ? { slip: { kind: 'unclosed-quote', quote } } : {};
  const inValue = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? colonInValue(text) : continuedWithColon(lines, line, error);
  if (inValue) return { slip: { kind: 'colon-in-value', ...inValue } };
  const item = misalignedItem(lines, line);
  if (item) return { slip: item };
  const above = previousContent(lines, line);
  const key = keyOf(text);
  if (above === undefined || key === undefined || opensBlock(lines[above - 1]!)) return {};
  const aboveText = lines[above - 1]!;
  const aboveKey = keyOf(aboveText);
  const column = keyColumn(aboveText);
  const indent = indentOf(text);
  if (aboveKey === undefined || indent === column) return {};
  const kind = indent > column ? 'indent-deeper' : 'indent-shallower';
  // A line left of the key above may simply close its map: only a column no enclosing map uses is a slip.
  if (kind === 'indent-shallower' && enclosingColumns(lines, above).includes(indent)) return {};
  return { slip: { kind, key, above: aboveKey, aboveLine: above, expectedColumn: column + 1, inItem: isItem(aboveText) } };
}

/**
 * A list item (`- `) whose dash is not under the dash of the item before it, by a column or two:
 * more than that, it is a list of its own (deeper) or of an enclosing map (further left).
 */
function misalignedItem(lines: readonly string[], line: number): SyntaxSlip | undefined {
  const text = lines[line - 1]!;
  if (!isItem(text)) return undefined;
  const indent = indentOf(text);
  for (let above = line - 1; above >= 1; above--) {
    const candidate = lines[above - 1]!;
    if (!isContent(candidate)) continue;
    const column = indentOf(candidate);
    if (isItem(candidate) && Math.abs(column - indent) <= 2)
      return column === indent ? undefined : { kind: 'item-misaligned', aboveLine: above, expectedColumn: column + 1 };
    // The key that holds the list (a list may start at its key's column): no item above is a sibling.
    if (column < indent - 2 || (column <= indent && opensBlock(candidate))) return undefined;
  }
  return undefined;
}

function isItem(line: string): boolean {
  return /^[ \t]*-(?:[ \t]|$)/.test(line);
}

/** The line (1-based, exclusive) where the region that starts at `first` ends. */
function regionEnd(lines: readonly string[], first: RegionError): number {
  const text = lines[first.line - 1] ?? '';
  // A list item's region is the item: up to its next sibling, or a line further left.
  if (isItem(text)) {
    const indent = indentOf(text);
    for (let line = first.line + 1; line <= lines.length; line++) {
      const candidate = lines[line - 1]!;
      if (isContent(candidate) && (indentOf(candidate) < indent || (indentOf(candidate) === indent && isItem(candidate)))) return line;
    }
    return lines.length + 1;
  }
  const above = previousContent(lines, first.line);
  const aboveText = above === undefined ? '' : lines[above - 1]!;
  // The column the line's key should start at: beside the key above, or inside the block it opens.
  let column = indentOf(text);
  if (above !== undefined) {
    if (opensBlock(aboveText)) column = Math.max(column, keyColumn(aboveText) + 1);
    else if (first.error.code === 'TAB_AS_INDENT' || first.slip?.kind === 'indent-deeper') column = keyColumn(aboveText);
    else column = Math.min(column, keyColumn(aboveText));
  }
  for (let line = first.line + 1; line <= lines.length; line++) {
    const candidate = lines[line - 1]!;
    if (isContent(candidate) && !/^[ \t]*\t/.test(candidate) && indentOf(candidate) <= column) return line;
  }
  return lines.length + 1;
}

function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function nextContent(lines: readonly string[], line: number): number | undefined {
  for (let below = line + 1; below <= lines.length; below++) if (isContent(lines[below - 1]!)) return below;
  return undefined;
}

function previousContent(lines: readonly string[], line: number): number | undefined {
  for (let above = line - 1; above >= 1; above--) if (isContent(lines[above - 1]!)) return above;
  return undefined;
}

/** Columns (0-based) where a line below the given one may start when it closes maps: those of the lines that hold it. */
function enclosingColumns(lines: readonly string[], line: number): number[] {
  const columns = [0];
  let limit = indentOf(lines[line - 1]!);
  for (let above = line - 1; above >= 1 && limit > 0; above--) {
    const text = lines[above - 1]!;
    if (!isContent(text) || indentOf(text) >= limit) continue;
    // A key may close maps back to the column of an enclosing key, not to the dash of a list item.
    columns.push(keyColumn(text));
    limit = indentOf(text);
  }
  return columns;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/** The column (0-based) where a line's key starts: after the `- ` of a list item. */
function keyColumn(line: string): number {
  return /^[ \t]*(?:-[ \t]+)*/.exec(line)![0].length;
}

/** The key a line starts with (after any `- `), if it has one. */
function keyOf(line: string): string | undefined {
  // Keys in Parcours content are names and ids (`touchpoints`, `amelie-pressee`): a line that starts
  // with words and a colon is more likely text that goes on from the line above.
  return /^[ \t]*(?:-[ \t]+)*([A-Za-z0-9_][\w.-]*)[ \t]*:(?:[ \t]|$)/.exec(line)?.[1];
}

/** `key:` alone or `- ` alone: the lines below are its value, further right. */
function opensBlock(line: string): boolean {
  return /:[ \t]*(?:#.*)?$/.test(line) || /^[ \t]*-[ \t]*$/.test(line);
}

function colonWithoutSpace(line: string): { key: string; value: string; colonColumn: number } | undefined {
  const match = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*):([^\s:/][^#]*?)[ \t]*(?:#.*)?$/.exec(line);
  if (!match || line.includes(': ')) return undefined;
  return { key: match[2]!, value: match[3]!, colonColumn: match[1]!.length + match[2]!.length + 1 };
}

/** `key: first: second` (or as a list item): the key and the whole value, when the value is plain text holding `: `. */
function colonInValue(line: string): { key: string; value: string } | undefined {
  const match = /^[ \t]*(?:-[ \t]+)*([^\s:#'"[\]{},&*!|>%@`-][^:#]*?):[ \t]+([^\s'"[{|>#][^#]*?:[ \t][^#]*?)[ \t]*(?:#.*)?$/.exec(line);
  return match ? { key: match[1]!, value: match[2]! } : undefined;
}

/**
 * A plain value that goes on to the next line, deeper, where it holds `: `: YAML reads the two
 * lines as one key. The key is the one of the line above, the value both lines' text.
 */
function continuedWithColon(lines: readonly string[], line: number, error: YAMLError): { key: string; value: string } | undefined {
  const text = lines[line - 1]!;
  const above = previousContent(lines, line);
  if (error.code !== 'MULTILINE_IMPLICIT_KEY' || above === undefined || keyOf(text) !== undefined || !/:[ \t]/.test(text)) return undefined;
  const start = /^[ \t]*(?:-[ \t]+)*([A-Za-z0-9_][\w.-]*):[ \t]+([^\s'"[{|>#].*)$/.exec(lines[above - 1]!);
  return start && indentOf(text) > keyColumn(lines[above - 1]!)
    ? { key: start[1]!, value: `${start[2]!.trim()} ${text.trim()}` }
    : undefined;
}

/** The quote character whose closing one the parser did not find, if that is the error. */
function unclosedQuote(error: YAMLError): string | undefined {
  return error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
}

/**
 * The line (at or before `until`) where the quoted value that is never closed opens: the last one
 * whose value starts with the quote and does not close it on the same line.
 */
function openingQuoteLine(lines: readonly string[], quote: string, until: number): number | undefined {
  let found: number | undefined;
  let open = false;
  for (let line = 1; line <= Math.min(until, lines.length); line++) {
    const text = lines[line - 1]!;
    if (open) {
      if (closes(text, quote, 0)) open = false;
      continue;
    }
    const start = /^[ \t]*(?:-[ \t]+)*(?:[^\s:#'"][^:#]*?:[ \t]+)?(?=["'])/.exec(text);
    if (!start || text[start[0].length] !== quote) continue;
    if (!closes(text, quote, start[0].length + 1)) {
      found = line;
      open = true;
    }
  }
  return found;
}

/** Whether the quoted text closes on this line, from `from` on: `""` and `\\"` or `''` escape a quote. */
function closes(text: string, quote: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (text[index] === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else return true;
    }
  }
  return false;
}
