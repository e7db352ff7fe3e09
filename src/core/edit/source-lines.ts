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

/** The start of the line of `offset`, moved up over the comment lines directly above it. */
export function startWithComments(text: string, offset: number): number {
  let start = lineStart(text, offset);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    if (!text.slice(above, start).trimStart().startsWith('#')) break;
    start = above;
  }
  return start;
}

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
