import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fromPointer, locate, toPointer, type Span } from '../load/locate.ts';
import { parseSource, type ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import { splitJourneyBlocks, type JourneyBlocks, type StageBlocks, type TextBlock } from './split-journey-blocks.ts';

/** A block read on its own, with the document that read it for positions. */
interface ParsedBlock {
  value: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

type Data = Record<string, unknown>;
type ReadBlock = (block: TextBlock, shape: 'item' | 'map') => ParsedBlock | null;

/**
 * A parser for the successive revisions of one journey file that reads each distinct block of
 * text once (see splitJourneyBlocks): consecutive revisions differ by a few lines, so most of a
 * revision is already read. A block seen before gives the very same value, so the same stage or
 * step data is shared between revisions. The result equals `parseSource` of the whole text,
 * positions included; whatever is not in plain block form, or does not read cleanly block by
 * block, is read whole by `parseSource`. Keep one parser per file history: its cache only grows.
 */
export function cachedRevisionParser(): (source: SourceFile) => ParsedFile {
  const blocks = new Map<string, ParsedBlock | null>();
  const stages = new Map<string, Data | null>();

  const read: ReadBlock = (block, shape) => {
    let parsed = blocks.get(block.text);
    if (parsed === undefined) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(block.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
      // An alias may point into another block, and the whole file's alias limit counts them all.
      const value: unknown = doc.errors.length + doc.warnings.length === 0 && !(block.text.includes('*') && hasAlias(doc)) ? doc.toJS() : undefined;
      const clean = shape === 'item' ? Array.isArray(value) && value.length === 1 && isData(value[0]) : isData(value);
      parsed = clean ? { value: shape === 'item' ? (value as unknown[])[0] : value, doc, lineCounter } : null;
      blocks.set(block.text, parsed);
    }
    return parsed;
  };

  const readStage = (stage: StageBlocks): Data | null => {
    let value = stages.get(stage.item.text);
    if (value === undefined) {
      if (!stage.split) value = (read(stage.item, 'item')?.value as Data | undefined) ?? null;
      else {
        const rest = read(stage.split.rest, 'item')?.value as Data | undefined;
        const steps = stage.split.steps.map((step) => read(step, 'item')?.value);
        value = rest && rest.steps === null && steps.every(isData) ? { ...rest, steps } : null;
      }
      stages.set(stage.item.text, value);
    }
    return value;
  };

  return (source) => {
    const split = source.kind === 'journey' ? splitJourneyBlocks(source.text) : undefined;
    const header = split && read(split.header, 'map');
    const headerData = header?.value as Data | undefined;
    if (!split || !headerData || headerData.stages !== null) return parseSource(source);
    const stageData = split.stages.map(readStage);
    if (!stageData.every(isData)) return parseSource(source);
    return assembled(source, { ...headerData, stages: stageData }, (pointer, target) => locateInBlocks(split, read, pointer, target));
  };
}

/** A parsed file made of blocks: positions come from the blocks, and from a whole parse only when a pointer spans several. */
function assembled(source: SourceFile, data: Data, locateFast: NonNullable<ParsedFile['locate']>): ParsedFile {
  let whole: ParsedFile | undefined;
  const parsedWhole = () => (whole ??= parseSource(source));
  return {
    source,
    data,
    problems: [],
    get doc() {
      return parsedWhole().doc;
    },
    get lineCounter() {
      return parsedWhole().lineCounter;
    },
    releasePositions() {
      whole = undefined;
    },
    locate: locateFast,
  };
}

/**
 * Locates a pointer inside the one block that holds it, as `locate` would in the whole file.
 * Undefined when the pointer, or the deepest node it reaches, is the root, the stage list, a
 * stage or a stage's step list cut into blocks: their span covers several blocks.
 */
function locateInBlocks(split: JourneyBlocks, read: ReadBlock, pointer: string, target: 'key' | 'value'): Span | undefined {
  const segments = fromPointer(pointer);
  const [first, stage, field, step] = segments;
  if (first === undefined) return undefined;
  if (first !== 'stages') return within(split.header, read(split.header, 'map')!, segments, target, first);
  const blocks = split.stages[Number(stage)];
  if (!blocks || field === undefined) return undefined;
  const inStage = ['0', ...segments.slice(2)];
  if (!blocks.split) return within(blocks.item, read(blocks.item, 'item')!, inStage, target, field);
  if (field !== 'steps') return within(blocks.split.rest, read(blocks.split.rest, 'item')!, inStage, target, field);
  const stepBlock = step === undefined ? undefined : blocks.split.steps[Number(step)];
  return stepBlock && within(stepBlock, read(stepBlock, 'item')!, ['0', ...segments.slice(4)], target);
}

/**
 * `locate` in one block, its lines moved to where the block stands in the file; undefined when
 * `key` is given and the block's map lacks it (`locate` would then stop at a node wider than the block).
 */
function within(block: TextBlock, parsed: ParsedBlock, segments: readonly string[], target: 'key' | 'value', key?: string): Span | undefined {
  const contents = parsed.doc.contents;
  const map = isSeq(contents) ? contents.items[0] : contents;
  if (key !== undefined && !(isMap(map) && map.items.some((pair) => isScalar(pair.key) && String(pair.key.value) === key))) return undefined;
  const span = locate(parsed, toPointer(segments), target);
  const line = (blockLine: number) => block.firstLine + blockLine + (blockLine > block.linesBeforeCut ? block.linesCut : 0);
  return { line: line(span.line), column: span.column, endLine: line(span.endLine), endColumn: span.endColumn };
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

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
