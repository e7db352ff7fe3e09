/**
 * A part of a journey file's text: one or two runs of whole lines (two when a nested list was
 * cut out of it, to be read block by block).
 */
export interface TextBlock {
  text: string;
  /** 0-based index, in the file, of the block's first line. */
  firstLine: number;
  /** Lines of the block before the cut, and lines cut out there (0 when nothing was cut). */
  linesBeforeCut: number;
  linesCut: number;
}

/** A stage item: its whole text, and when its `steps:` list is in block form, that list cut out and split per step. */
export interface StageBlocks {
  item: TextBlock;
  split?: { rest: TextBlock; steps: TextBlock[] };
}

/** A journey's text cut into the blocks that change one at a time from a revision to the next. */
export interface JourneyBlocks {
  /** Every top-level field, `stages:` left without a value. */
  header: TextBlock;
  stages: StageBlocks[];
}

interface Line {
  start: number;
  indent: number;
  /** The line without its indentation and trailing spaces; '' for blank and comment lines. */
  content: string;
}

/**
 * Cuts a journey's text into blocks by indentation, without parsing it: the top-level fields,
 * each item of `stages:`, and each item of a stage's `steps:`. Returns undefined when the text
 * is not in that plain block form, or uses what a block read alone could read differently
 * (tabs, several documents, directives, merge keys, `__proto__`; aliases are left to the
 * caller, which sees them when it reads a block): the caller then reads the whole file.
 */
export function splitJourneyBlocks(text: string): JourneyBlocks | undefined {
  if (text.includes('\t') || text.includes('__proto__') || text.includes('<<')) return undefined;
  const lines = readLines(text);
  if (lines.some((line) => line.indent === 0 && /^(---|\.\.\.|%)/.test(line.content))) return undefined;
  const stagesLine = lines.findIndex((line) => line.indent === 0 && line.content === 'stages:');
  if (stagesLine < 0) return undefined;
  const body = splitSequence(lines, stagesLine, lines.length);
  if (!body || body.items.length === 0) return undefined;
  const block = (from: number, to: number, cut?: [number, number]) => textBlock(text, lines, from, to, cut);
  return {
    header: block(0, lines.length, [stagesLine + 1, body.end]),
    stages: body.items.map(([from, to]) => {
      const item = block(from, to);
      // The stage's keys line up with the text after its `- `.
      const afterDash = lines[from]!.content.slice(1);
      const indent = lines[from]!.indent + 1 + afterDash.length - afterDash.trimStart().length;
      const stepsLine = lines.findIndex((line, index) => index > from && index < to && line.indent === indent && line.content === 'steps:');
      const steps = stepsLine < 0 ? undefined : splitSequence(lines, stepsLine, to);
      if (!steps || steps.items.length === 0) return { item };
      return {
        item,
        split: { rest: block(from, to, [stepsLine + 1, steps.end]), steps: steps.items.map(([start, end]) => block(start, end)) },
      };
    }),
  };
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    lines.push({ start, indent, content: content.startsWith('#') ? '' : content });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * The items of the block list under the key on line `keyLine`, each as [first line, end line),
 * and the line where the list ends; null when its indentation is not plain (an item's lines
 * must be indented deeper than its `- `). Blank and comment lines go with the item before them.
 */
function splitSequence(lines: readonly Line[], keyLine: number, limit: number): { items: [number, number][]; end: number } | null {
  const keyIndent = lines[keyLine]!.indent;
  const starts: number[] = [];
  let index = keyLine + 1;
  for (; index < limit; index++) {
    const { indent, content } = lines[index]!;
    if (content === '') continue;
    const dash = content.startsWith('- ');
    const itemIndent = starts.length > 0 ? lines[starts[0]!]!.indent : indent;
    if (indent > itemIndent && starts.length > 0) continue;
    if (indent === itemIndent && dash && indent >= keyIndent) starts.push(index);
    else if (indent > keyIndent || content === '-') return null;
    else break;
  }
  // Blank and comment lines before what ends the list stay with its last item.
  const items = starts.map((start, item): [number, number] => [start, starts[item + 1] ?? index]);
  return { items, end: starts.length === 0 ? keyLine + 1 : index };
}

function textBlock(text: string, lines: readonly Line[], from: number, to: number, cut?: [number, number]): TextBlock {
  const offset = (line: number) => (line < lines.length ? lines[line]!.start : text.length);
  if (!cut || cut[0] === cut[1])
    return { text: text.slice(offset(from), offset(to)), firstLine: from, linesBeforeCut: to - from, linesCut: 0 };
  return {
    text: text.slice(offset(from), offset(cut[0])) + text.slice(offset(cut[1]), offset(to)),
    firstLine: from,
    linesBeforeCut: cut[0] - from,
    linesCut: cut[1] - cut[0],
  };
}
