/** Offsets in a file's text, by line: what splicing a YAML value in or out needs. */

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the newline that ends the line holding `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The column (0-based) of `offset`. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The offset after the last character before `end` that is not blank: where a value's text really ends. */
export function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/**
 * The start of the line of `offset`, moved up over the comment lines attached to what starts at
 * `offset` (a list item's dash, a key): those directly above it, with no blank line between, at its
 * column. A comment after a blank line, or at another column (a section comment at the list's key,
 * the end of the item above), is not its own and stays where it is.
 */
export function startWithComments(text: string, offset: number): number {
  const column = columnOf(text, offset);
  let start = lineStart(text, offset);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    const line = text.slice(above, start);
    if (!line.trimStart().startsWith('#') || indentOf(line) !== column) break;
    start = above;
  }
  return start;
}

/**
 * `end` (a line's start, after a node) moved down over the comment lines right below the node that
 * are indented deeper than `column`, the node's own column: a comment inside an item after its last
 * key belongs to the item.
 */
export function endWithComments(text: string, end: number, column: number): number {
  let at = end;
  while (at < text.length) {
    const next = nextLineStart(text, at);
    const line = text.slice(at, next);
    if (!line.trimStart().startsWith('#') || indentOf(line) <= column) break;
    at = next;
  }
  return at;
}

/** The offset past the blank lines that start at `offset` (a line's start). */
export function skipBlankLines(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const next = nextLineStart(text, at);
    if (text.slice(at, next).trim() !== '') break;
    at = next;
  }
  return at;
}

/** The offset before the blank lines that end at `offset` (a line's start). */
export function backBlankLines(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const above = lineStart(text, at - 1);
    if (text.slice(above, at).trim() !== '') break;
    at = above;
  }
  return at;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Every line of `block` indented by `by` more columns (a negative `by` takes columns away); empty lines stay empty. */
export function shiftLines(block: string, by: number): string {
  if (by === 0) return block;
  return block
    .split('\n')
    .map((line) =>
      line.trim() === '' ? line : by > 0 ? ' '.repeat(by) + line : line.slice(Math.min(-by, line.length - line.trimStart().length)),
    )
    .join('\n');
}
