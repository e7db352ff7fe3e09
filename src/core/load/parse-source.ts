import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { PROBLEM_CODES, type ProblemCode } from '../problem-codes.ts';
import type { Problem } from '../problem.ts';
import { firstSyntaxErrors, type RegionError } from './first-syntax-errors.ts';
import { blockReader, locateInBlocks, type ReadBlock } from './locate-in-blocks.ts';
import type { Span } from './locate.ts';
import type { SourceFile } from './read-content.ts';
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

const YAML_MESSAGES: Partial<Record<ProblemCode, { message: string; hint: string }>> = {
  'yaml-tab-indent': {
    message: 'A tab is used to indent this line; YAML indentation must be spaces.',
    hint: 'Replace the tab with spaces (two per level is usual).',
  },
  'yaml-duplicate-key': {
    message: 'This key already appears earlier in the same map; YAML keeps only one of them.',
    hint: 'Remove or rename one of the two keys.',
  },
  'yaml-multiple-documents': {
    message: 'The file holds more than one YAML document (a line with --- separates them); a content file holds one.',
    hint: 'Move the second document into a file of its own.',
  },
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
    problems.push(
      problemAt(
        'file-empty',
        source.path,
        `${source.path} holds no YAML document.`,
        at(0),
        'Start from `npx parcours new` or remove the file.',
      ),
    );
    return parsedFile(source, undefined, problems, { doc, lineCounter });
  }
  if (!isMap(doc.contents)) {
    const start = at(doc.contents.range?.[0] ?? 0);
    problems.push(
      problemAt(
        'yaml-not-a-map',
        source.path,
        `${source.path} must hold a map of fields (key: value), not a ${isSeq(doc.contents) ? 'list' : 'single value'}.`,
        start,
      ),
    );
    return parsedFile(source, undefined, problems, { doc, lineCounter });
  }
  // A cheap test on the text first: walking every key of every file would cost more than parsing.
  if (source.text.includes('__proto__') || source.text.includes('<<')) {
    const forbidden = findForbiddenKeys(doc.contents);
    for (const node of forbidden) {
      const key = String((node as { value?: unknown }).value);
      problems.push(
        problemAt(
          'yaml-forbidden-key',
          source.path,
          `The key \`${key}\` is not allowed in Parcours content.`,
          at(node.range?.[0] ?? 0),
          key === '<<'
            ? 'Merge keys are not supported: write the fields out, or use an anchor and alias for a whole value.'
            : 'Rename or remove this key.',
        ),
      );
    }
    if (forbidden.length > 0) return parsedFile(source, undefined, problems, { doc, lineCounter });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    problems.push(
      problemAt(
        'yaml-alias-limit',
        source.path,
        `Aliases in ${source.path} expand to too many values (more than ${MAX_ALIAS_COUNT} alias uses): this looks like an alias bomb and was not read.`,
        at(firstAliasOffset(source.text)),
        'Write the repeated values out, or use fewer aliases.',
      ),
    );
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
  const known = YAML_MESSAGES[code];
  const start = at(error.pos[0]);
  // The yaml package's messages are accurate but terse; keep them for the rarer cases.
  const message = known?.message ?? `The YAML cannot be read here: ${lowerFirst(error.message.split('\n')[0]!)}.`.replace(/\.\.$/, '.');
  return {
    code,
    severity: code === 'yaml-syntax' ? severity : PROBLEM_CODES[code].severity,
    message,
    ...(known ? { hint: known.hint } : {}),
    file,
    line: start.line,
    column: start.col,
    pointer: '',
  };
}

/** The parser's errors that come from indentation when no slip was recognised: they get a hint about it. */
const INDENT_ERRORS: ReadonlySet<string> = new Set(['BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY']);

/** The first error of a region: at the line to fix when it is a slip people often make, worded for it. */
function syntaxProblem(file: string, region: RegionError, at: (offset: number) => { line: number; col: number }): Problem {
  const problem = { ...yamlProblem(file, region.error, 'error', at), line: region.line, column: region.column };
  const { slip } = region;
  if (!slip)
    return INDENT_ERRORS.has(region.error.code) && !/flow/i.test(region.error.message)
      ? {
          ...problem,
          hint: 'Look at the indentation of this line and of the one above: the keys of one map start at the same column, the `- ` of one list too, and YAML indents with spaces only.',
        }
      : problem;
  switch (slip.kind) {
    case 'tab': {
      const { kind, key, above, aboveLine, expectedColumn } = slip;
      return {
        ...problem,
        hint: `Indent with ${expectedColumn - 1} spaces instead, so that \`${key}\` starts under \`${above}\` (line ${aboveLine}).`,
        params: { kind, key, above, aboveLine, expectedColumn },
      };
    }
    case 'colon-space':
      return {
        ...problem,
        message: `\`${slip.key}:${slip.value}\` has no space after its colon, so YAML reads the whole line as one text, not as a key and its value.`,
        hint: `Put a space after the colon: \`${slip.key}: ${slip.value}\`.`,
        params: { ...slip },
      };
    case 'colon-in-value':
      return {
        ...problem,
        message: `The value of \`${slip.key}\` holds a colon followed by a space, which YAML reads as the start of another key.`,
        hint: `Put the value between quotes: \`${slip.key}: "${slip.value.replaceAll('"', '\\"')}"\`.`,
        params: { ...slip },
      };
    case 'unclosed-quote':
      return {
        ...problem,
        message: `This value opens with ${slip.quote} but never closes it, so YAML reads the rest of the file as part of it.`,
        hint: `End the value with ${slip.quote}, or remove the opening ${slip.quote}.`,
        params: { ...slip },
      };
    case 'item-misaligned':
      return {
        ...problem,
        message: `This list item starts at column ${region.column}, but the item on line ${slip.aboveLine} starts at column ${slip.expectedColumn}, so YAML cannot read them as one list.`,
        hint: `Put the \`- \` at column ${slip.expectedColumn}, under the one on line ${slip.aboveLine}, and move the lines of this item by as much.`,
        params: { ...slip },
      };
    case 'indent-deeper':
    case 'indent-shallower': {
      const { inItem, ...params } = slip;
      return {
        ...problem,
        message: `The key \`${slip.key}\` starts ${slip.kind === 'indent-deeper' ? 'right' : 'left'} of \`${slip.above}\` on line ${slip.aboveLine}, so YAML cannot tell which map it belongs to; the lines below it are not read either.`,
        hint: `Start \`${slip.key}\` at column ${slip.expectedColumn}, under \`${slip.above}\`, and move the lines of its block by as much: the keys of one map start at the same column${inItem ? ', which in a list item is the column of the first key after `- `' : ''}.`,
        params,
      };
    }
  }
}

function problemAt(code: ProblemCode, file: string, message: string, position: { line: number; col: number }, hint?: string): Problem {
  return {
    code,
    severity: PROBLEM_CODES[code].severity,
    message,
    ...(hint ? { hint } : {}),
    file,
    line: position.line,
    column: position.col,
    pointer: '',
  };
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
