import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fromPointer, toPointer, type Span } from './json-pointer.ts';
import { locate } from './locate.ts';
import { readYamlValueFast } from './read-yaml-fast.ts';
import { scanBlockYaml } from './scan-block-yaml.ts';
import type { JourneyBlocks, TextBlock } from './split-journey-blocks.ts';

/** A block read on its own, with the document that read it for positions. */
export interface ParsedBlock {
  value: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** For a block read fast: locates by a scan of its text (scan-block-yaml.ts), undefined where the scan is unsure. */
  locate?(pointer: string, target: 'key' | 'value'): Span | undefined;
}

/** Reads a block as one list item (`item`) or as a map; null when it does not read cleanly on its own. */
export type ReadBlock = (block: TextBlock, shape: 'item' | 'map') => ParsedBlock | null;

/**
 * A block reader that reads each distinct block text once. A block that has errors or
 * warnings, or uses an alias (which may point into another block, and whose limit counts the
 * whole file's), reads as null: the caller then asks the whole file. With `values: false` the
 * blocks are read for positions only (the file's data came from elsewhere), which skips
 * turning each into plain values; `value` is then undefined. With values, a block the fast
 * reader may read (read-yaml-fast.ts) is read by it, and by `yaml` only when located in.
 */
export function blockReader(options: { values?: boolean } = {}): ReadBlock {
  const values = options.values ?? true;
  const blocks = new Map<string, ParsedBlock | null>();
  return (block, shape) => {
    let parsed = blocks.get(block.text);
    if (parsed === undefined) {
      const fast = values ? readYamlValueFast(block.text) : undefined;
      if (fast) {
        // Read as `yaml` would read it (the fast reader's parity), its document parsed only if a pointer is located in it.
        const { value } = fast;
        const shaped = shape === 'item' ? Array.isArray(value) && value.length === 1 && isData(value[0]) : isData(value);
        parsed = shaped ? lazyBlock(block.text, shape === 'item' ? (value as unknown[])[0] : value) : null;
        blocks.set(block.text, parsed);
        return parsed;
      }
      const { doc, lineCounter } = parseBlock(block.text);
      const clean = doc.errors.length + doc.warnings.length === 0 && !(block.text.includes('*') && hasAlias(doc));
      if (!values)
        parsed =
          clean &&
          (shape === 'item' ? isSeq(doc.contents) && doc.contents.items.length === 1 && isMap(doc.contents.items[0]) : isMap(doc.contents))
            ? { value: undefined, doc, lineCounter }
            : null;
      else {
        const value: unknown = clean ? doc.toJS() : undefined;
        const shaped = shape === 'item' ? Array.isArray(value) && value.length === 1 && isData(value[0]) : isData(value);
        parsed = shaped ? { value: shape === 'item' ? (value as unknown[])[0] : value, doc, lineCounter } : null;
      }
      blocks.set(block.text, parsed);
    }
    return parsed;
  };
}

/**
 * Locates a pointer inside the one block that holds it, as `locate` would in the whole file,
 * parsing that block alone: a finding at one step of a 40-step journey costs the parse of that
 * step. Undefined when the pointer, or the deepest node it reaches, is the root, the stage
 * list, a stage or a stage's step list cut into blocks (their span covers several blocks), or
 * when the block does not read cleanly alone: the caller then locates in the whole file.
 */
export function locateInBlocks(split: JourneyBlocks, read: ReadBlock, pointer: string, target: 'key' | 'value'): Span | undefined {
  const segments = fromPointer(pointer);
  const [first, stage, field, step] = segments;
  if (first === undefined) return undefined;
  if (first !== 'stages') return within(split.header, read(split.header, 'map'), segments, target, first);
  const blocks = split.stages[Number(stage)];
  if (!blocks || field === undefined) return undefined;
  const inStage = ['0', ...segments.slice(2)];
  if (!blocks.split) return within(blocks.item, read(blocks.item, 'item'), inStage, target, field);
  if (field !== 'steps') return within(blocks.split.rest, read(blocks.split.rest, 'item'), inStage, target, field);
  const stepBlock = step === undefined ? undefined : blocks.split.steps[Number(step)];
  return stepBlock && within(stepBlock, read(stepBlock, 'item'), ['0', ...segments.slice(4)], target);
}

/**
 * `locate` in one block, its lines moved to where the block stands in the file; undefined when
 * `key` is given and the block's map lacks it (`locate` would then stop at a node wider than the block).
 */
function within(
  block: TextBlock,
  parsed: ParsedBlock | null,
  segments: readonly string[],
  target: 'key' | 'value',
  key?: string,
): Span | undefined {
  if (!parsed) return undefined;
  if (key !== undefined && !hasKey(parsed, key)) return undefined;
  const span = locate(parsed, toPointer(segments), target);
  const line = (blockLine: number) => block.firstLine + blockLine + (blockLine > block.linesBeforeCut ? block.linesCut : 0);
  return { line: line(span.line), column: span.column, endLine: line(span.endLine), endColumn: span.endColumn };
}

/** Whether the block's map has `key`: known from its data when it was read fast, else from its document. */
function hasKey(parsed: ParsedBlock, key: string): boolean {
  if (parsed.locate && isData(parsed.value)) return Object.hasOwn(parsed.value, key);
  const contents = parsed.doc.contents;
  const map = isSeq(contents) ? contents.items[0] : contents;
  return isMap(map) && map.items.some((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/**
 * A block read fast: located by a scan of its text, its `yaml` document parsed only where the
 * scan is unsure (a history reads thousands of blocks and locates findings in most of them).
 */
function lazyBlock(text: string, value: unknown): ParsedBlock {
  let scanned: ReturnType<typeof scanBlockYaml> | null | undefined;
  let positions: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const parse = () => (positions ??= parseBlock(text));
  return {
    value,
    locate(pointer, target) {
      scanned ??= scanBlockYaml(text) ?? null;
      return scanned?.(pointer, target);
    },
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
  };
}

function parseBlock(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

function hasAlias(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

export function isData(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
