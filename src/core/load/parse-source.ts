import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { problem } from '../make-problem.ts';
import type { ProblemCode } from '../problem-codes.ts';
import type { Problem, ProblemParams } from '../problem.ts';
import { firstSyntaxErrors, type RegionError } from './first-syntax-errors.ts';
import { blockReader, locateInBlocks, type ReadBlock } from './locate-in-blocks.ts';
import type { Span } from './json-pointer.ts';
import type { SourceFile } from './source-file.ts';
import { needsFullParser } from './needs-full-parser.ts';
import { readYamlFast } from './read-yaml-fast.ts';
import { scanBlockYaml } from './scan-block-yaml.ts';
import { splitJourneyBlocks, type JourneyBlocks } from './split-journey-blocks.ts';

/** Aliases a document may expand; real maps reuse a few anchors, a bomb needs thousands. */
const MAX_ALIAS_COUNT = 100;

/**
 * A content file parsed, with its positions at hand so any JSON pointer can be turned into
 * line:col. The YAML document (every node with its range) weighs about twenty times the text:
 * the checker locates a file's findings while the document that read it is alive, then calls
 * `releasePositions()`; a later use of `doc` parses the text again.
 */
export interface ParsedFile {
  source: SourceFile;
  /** The plain data, or undefined when the YAML could not be turned into data (or was not kept: see CheckOptions.keep). */
  data: unknown;
  problems: Problem[];
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  releasePositions(): void;
  /**
   * For a file read fast (a scan of its text) or in parts (journeys, old revisions, see
   * history/parse-revision-cached.ts): locates a pointer without `doc`; undefined when it
   * cannot answer exactly.
   */
  locate?(pointer: string, target: 'key' | 'value'): Span | undefined;
}

type Positions = { doc: Document.Parsed; lineCounter: LineCounter };

function parsedFile(source: SourceFile, data: unknown, problems: Problem[], parsed?: Positions): ParsedFile {
  let positions: Positions | undefined = parsed;
  const parsePositions = () => (positions ??= parseWithPositions(source.text));
  return {
    source,
    data,
    problems,
    get doc() {
      return parsePositions().doc;
    },
    get lineCounter() {
      return parsePositions().lineCounter;
    },
    releasePositions() {
      positions = undefined;
    },
  };
}

/**
 * Reads a content file for the model: with js-yaml when it reads the file exactly as `yaml`
 * would (read-yaml-fast.ts), else with `yaml` (parseSource). A file read fast has no YAML
 * problem, and its positions are parsed only when needed (lazyParsedFile).
 */
export function readSource(source: SourceFile): ParsedFile {
  const data = readYamlFast(source.text);
  return data === undefined ? parseSource(source) : lazyParsedFile(source, data, [], true);
}

/**
 * A file whose data and YAML problems are already known (read fast, or kept in the content
 * cache): its positions are parsed only when a problem is located. A clean file in plain block
 * form is located by a scan of its text (scan-block-yaml.ts), without parsing YAML; what the scan
 * is not sure of is located, for a journey, in the stage or step that holds it, else in the
 * whole file. `plainBlock` says the text is already known to need no full parser (it was read fast).
 */
export function lazyParsedFile(source: SourceFile, data: unknown, problems: Problem[], plainBlock?: boolean): ParsedFile {
  const file = parsedFile(source, data, problems);
  const scannable = data !== undefined && !problems.some((problem) => problem.code.startsWith('yaml-'));
  let scanned: ReturnType<typeof scanBlockYaml> | null | undefined;
  let blocks: { split: JourneyBlocks | undefined; read: ReadBlock } | undefined;
  const release = file.releasePositions;
  return Object.assign(file, {
    releasePositions() {
      scanned = undefined;
      blocks = undefined;
      release();
    },
    locate(pointer: string, target: 'key' | 'value') {
      scanned ??= scannable && (plainBlock ?? !needsFullParser(source.text)) ? (scanBlockYaml(source.text) ?? null) : null;
      const span = scanned?.(pointer, target);
      if (span || source.kind !== 'journey') return span;
      blocks ??= { split: splitJourneyBlocks(source.text), read: blockReader({ values: false }) };
      return blocks.split && locateInBlocks(blocks.split, blocks.read, pointer, target);
    },
  });
}

function parseWithPositions(text: string): Positions {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

const YAML_CODES: Partial<Record<string, ProblemCode>> = {
  TAB_AS_INDENT: 'yaml-tab-indent',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

/** Parses a content file's text, keeping the YAML document for positions and reporting every syntax problem. */
export function parseSource(source: SourceFile): ParsedFile {
  const { doc, lineCounter } = parseWithPositions(source.text);
  const problems: Problem[] = [];
  const at = (offset: number) => lineCounter.linePos(Math.min(offset, source.text.length));

  // One slip makes the parser report an error on almost every line after it: only the first of each region is shown.
  for (const region of firstSyntaxErrors(source.text, doc.errors)) problems.push(syntaxProblem(source.path, region, at));
  for (const warning of doc.warnings) problems.push(yamlProblem(source.path, warning, 'warning', at));
  if (doc.errors.length > 0) return parsedFile(source, undefined, problems, { doc, lineCounter });

  if (doc.contents === null) {
    problems.push(problemAt('file-empty', source.path, at(0)));
    return parsedFile(source, undefined, problems, { doc, lineCounter });
  }
  if (!isMap(doc.contents)) {
    const start = at(doc.contents.range?.[0] ?? 0);
    problems.push(problemAt('yaml-not-a-map', source.path, start, { found: isSeq(doc.contents) ? 'list' : 'value' }));
    return parsedFile(source, undefined, problems, { doc, lineCounter });
  }
  // A cheap test on the text first: walking every key of every file would cost more than parsing.
  if (source.text.includes('__proto__') || source.text.includes('<<')) {
    const forbidden = findForbiddenKeys(doc.contents);
    for (const node of forbidden) {
      const key = String((node as { value?: unknown }).value);
      problems.push(problemAt('yaml-forbidden-key', source.path, at(node.range?.[0] ?? 0), { key }));
    }
    if (forbidden.length > 0) return parsedFile(source, undefined, problems, { doc, lineCounter });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    problems.push(problemAt('yaml-alias-limit', source.path, at(firstAliasOffset(source.text)), { limit: MAX_ALIAS_COUNT }));
    return parsedFile(source, undefined, problems, { doc, lineCounter });
  }
  return parsedFile(source, data, problems, { doc, lineCounter });
}

function yamlProblem(
  file: string,
  error: YAMLError,
  severity: 'error' | 'warning',
  at: (offset: number) => { line: number; col: number },
): Problem {
  const code = YAML_CODES[error.code] ?? 'yaml-syntax';
  const start = at(error.pos[0]);
  // The yaml package's messages are accurate but terse (and English only): the catalogue quotes them for the rarer cases.
  const params: ProblemParams = code === 'yaml-syntax' ? { detail: lowerFirst(error.message.split('\n')[0]!) } : {};
  return problem(code, { file, line: start.line, column: start.col }, params, code === 'yaml-syntax' ? severity : undefined);
}

/**
 * The first error of a region (first-syntax-errors.ts), at the line to fix; a slip people often
 * make carries its kind and what the catalogue needs to word it (the column to move to...).
 */
function syntaxProblem(file: string, region: RegionError, at: (offset: number) => { line: number; col: number }): Problem {
  const made = yamlProblem(file, region.error, 'error', at);
  const { slip } = region;
  if (!slip) return { ...made, line: region.line, column: region.column };
  const { inItem, ...fields } = { inItem: false, ...slip };
  const params: ProblemParams = { ...made.params, ...fields, ...(inItem ? { inItem: 'yes' } : {}) };
  return problem(made.code, { file, line: region.line, column: region.column }, params, made.severity);
}

/** A problem at a position as the yaml package gives it (`col`). */
function problemAt(code: ProblemCode, file: string, position: { line: number; col: number }, params?: ProblemParams): Problem {
  return problem(code, { file, line: position.line, column: position.col }, params);
}

function findForbiddenKeys(root: Node): Node[] {
  const found: Node[] = [];
  const visit = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key) && (pair.key.value === '__proto__' || pair.key.value === '<<')) found.push(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return found;
}

function firstAliasOffset(text: string): number {
  const match = /(^|[\s[{,])\*[^\s,\]}]/m.exec(text);
  return match ? match.index + match[1]!.length : 0;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
