import { basename, extname } from 'node:path';
import type { Problem } from '../problem.ts';
import { lazyParsedFile, readSource, type ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { Finding } from '../validate/finding.ts';
import { humanizeSchemaErrors } from '../validate/humanize-schema-errors.ts';
import type { CheckedFile } from '../validate/rule.ts';
import { RULES } from '../validate/rules/index.ts';
import { schemaValidators } from '../validate/schema-validators.ts';
import { checkFingerprint } from './check-fingerprint.ts';
import { blobId, cacheKey, type ContentCache } from './content-cache.ts';

/**
 * One file checked on its own: what depends on its text and path and on nothing else (the
 * config, the other files and the day come after, in checkSources). This is the unit the
 * content cache keeps.
 */
export interface FileCheck {
  /** The file as read: its data (undefined when the YAML could not be read) and its parser's problems. */
  parsed: ParsedFile;
  /** The data passed its schema, so rules and the model may rely on its shape. */
  valid: boolean;
  /** Schema findings, or when the schema passed the findings of the rules about the file alone; not located yet. */
  findings: Finding[];
  /** The file's key in the content cache, when one was given: what its later results are keyed by too. */
  key?: string;
}

/** What the cache keeps of a FileCheck: all of it but the text, which the key already stands for. */
interface CachedFile {
  data: unknown;
  problems: Problem[];
  valid: boolean;
  findings: Finding[];
}

export interface CheckFileOptions {
  /** Reads a source instead of `readSource`, with the same result (history/parse-revision-cached.ts). */
  parse?: (source: SourceFile) => ParsedFile;
  /** Where checked files are kept by content, so a file unchanged since an earlier run is not read again (content-cache.ts). */
  cache?: ContentCache;
}

// A source is never changed once read, and parcours dev checks the ones it keeps again and again:
// hashing a file's text once is enough.
const keys = new WeakMap<SourceFile, string>();

/**
 * Parses one content file, checks it against its schema, then runs the rules about the file
 * alone. With a cache, the result is kept under the file's Git blob id, kind and path (the id
 * must match the file name) and the check's fingerprint (Parcours version, schemas, rules).
 */
export function checkFile(source: SourceFile, options: CheckFileOptions = {}): FileCheck {
  const { cache } = options;
  if (!cache) return checkText(source, options);
  let key = keys.get(source);
  if (key === undefined) keys.set(source, (key = cacheKey(['file', blobId(source.text), source.kind, source.path, checkFingerprint()])));
  const hit = cache.get(key);
  if (isCachedFile(hit)) return { parsed: lazyParsedFile(source, hit.data, hit.problems), valid: hit.valid, findings: hit.findings, key };
  const checked = checkText(source, options);
  cache.set(key, {
    data: checked.parsed.data,
    problems: checked.parsed.problems,
    valid: checked.valid,
    findings: checked.findings,
  } satisfies CachedFile);
  return { ...checked, key };
}

function checkText(source: SourceFile, options: CheckFileOptions): FileCheck {
  const parsed = (options.parse ?? readSource)(source);
  if (parsed.data === undefined) return { parsed, valid: false, findings: [] };
  const validate = schemaValidators()[source.kind];
  if (!validate(parsed.data))
    return { parsed, valid: false, findings: humanizeSchemaErrors(source.kind, source.path, parsed.data, validate.errors ?? []) };
  const findings: Finding[] = [];
  const context = { report: (finding: Finding) => findings.push(finding) };
  const file = { path: source.path, stem: basename(source.path, extname(source.path)), data: parsed.data };
  if (source.kind === 'journey') for (const rule of RULES) rule.journeyAlone?.(file as CheckedFile<Journey>, context);
  if (source.kind === 'persona') for (const rule of RULES) rule.personaAlone?.(file as CheckedFile<Persona>, context);
  return { parsed, valid: true, findings };
}

function isCachedFile(value: unknown): value is CachedFile {
  const entry = value as Partial<CachedFile> | undefined;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.valid === 'boolean' &&
    Array.isArray(entry.problems) &&
    Array.isArray(entry.findings)
  );
}
