/** Longer lines go to the full parser: `yaml` refuses implicit keys over 1024 characters, js-yaml does not. */
const MAX_LINE = 1024;

/** Where a node may start on a line: after the indentation and any `- `, after `: `, or inside a flow collection. */
const NODE_START = `(?:^[ ]*(?:-[ ]+)*|:[ ]+|[[{,][ ]*)`;
/** A node property or alias (`&anchor`, `*alias`, `!tag`) or an explicit key (`? `) where a node may start. */
const NODE_START_INDICATOR = new RegExp(`${NODE_START}(?:[&*!]|\\?(?:[ ]|$))`);
/** A quoted scalar that starts where a node may start. */
const NODE_START_QUOTE = new RegExp(`${NODE_START}(["'])`);
/** A directive or a document marker: several documents, or YAML 1.1 on purpose. */
const DOCUMENT_LEVEL = /^(?:%|---|\.\.\.)/;
/** Every character the tests below look for but the document level's: a line with none of them passes them all. */
const SPECIAL = /[&*!?"'|>[\]{}]/;
/** A block scalar's header (`key: |`, `- >-`): the lines indented under it are its text, not YAML. */
const BLOCK_SCALAR_HEADER = /^([ ]*(?:-[ ]+)*)(?:[^#\s][^#]*?:[ ]+)?[|>][1-9+-]*[ ]*(?:#.*)?$/;

/**
 * True when a content file's text uses something the fast reader (js-yaml) might not read
 * exactly as `yaml` does, or that Parcours refuses with a position: such a file is read by
 * `yaml` alone. A scan of the text line by line (block scalars' text skipped: Markdown there is
 * text), wrong only on the safe side: a file sent to `yaml` for nothing is read slower, never
 * differently. What it sends there:
 * - tabs, carriage returns, byte order marks (indentation and line breaks `yaml` judges itself);
 * - `__proto__` and `<<` keys, which Parcours refuses at their position;
 * - anchors, aliases, tags and explicit keys (alias bombs, `!!binary`...), directives and
 *   document markers (several documents);
 * - flow collections (`[...]`, `{...}`) and quoted scalars that do not close on their line:
 *   `yaml` checks their indentation, js-yaml does not;
 * - very long lines (implicit keys over 1024 characters).
 */
export function needsFullParser(text: string): boolean {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF') || text.includes('__proto__') || text.includes('<<'))
    return true;
  // Set while inside a block scalar: the column its text must be indented past.
  let blockParent = -1;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    const indent = indentOf(line);
    if (blockParent >= 0) {
      if (indent === line.length || indent > blockParent) continue;
      blockParent = -1;
    }
    if (line.length > MAX_LINE || DOCUMENT_LEVEL.test(line)) return true;
    // Most lines of a map hold none of these characters: tested once, not by each pattern in turn.
    if (!SPECIAL.test(line)) continue;
    if (/[&*!?]/.test(line) && NODE_START_INDICATOR.test(line)) return true;
    if (/[[\]{}]/.test(line) && !flowClosesOnLine(line)) return true;
    const quote = /["']/.test(line) ? NODE_START_QUOTE.exec(line) : null;
    if (quote && closingQuote(line, quote.index + quote[0].length, quote[1]!) === -1) return true;
    const header = /[|>]/.test(line) ? BLOCK_SCALAR_HEADER.exec(line) : null;
    if (header)
      blockParent =
        header[0].length > header[1]!.length && !/^[|>]/.test(line.slice(header[1]!.length))
          ? header[1]!.length
          : header[1]!.lastIndexOf('-');
  }
  return false;
}

/** The width of a line's indentation, as `trimStart` counts it (spaces, and any other white space). */
function indentOf(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 0x20) indent++;
  const next = line.charCodeAt(indent);
  // Printable ASCII, or the end of the line: the spaces were all of it.
  if (Number.isNaN(next) || (next > 0x20 && next < 0x7f)) return indent;
  return /\s/.test(line[indent]!) ? line.length - line.trimStart().length : indent;
}

/** A line holding brackets must end with one and hold as many openings as closings (quoted text aside). */
function flowClosesOnLine(line: string): boolean {
  const unquoted = line.includes('"') || line.includes("'") ? line.replace(/"(?:[^"\\]|\\.)*"|(?<=^|[\s[{,:])'(?:[^']|'')*'/g, '') : line;
  const content = (unquoted.includes('#') ? unquoted.replace(/[ ]+#.*$/, '') : unquoted).trimEnd();
  if (!/[\]}]$/.test(content)) return false;
  let depth = 0;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code === 0x5b || code === 0x7b) depth++;
    else if (code === 0x5d || code === 0x7d) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Offset of the quote that closes a scalar opened just before `start`, or -1 when it does not close on the line. */
export function closingQuote(line: string, start: number, quote: string): number {
  for (let index = start; index < line.length; index++) {
    const char = line[index];
    if (quote === '"' && char === '\\') index++;
    else if (char === quote) {
      if (quote === "'" && line[index + 1] === "'") index++;
      else return index;
    }
  }
  return -1;
}
