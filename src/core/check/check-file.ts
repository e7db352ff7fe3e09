import { basename, extname } from 'node:path';
import { readSource, type ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { Persona } from '../model/generated/persona.ts';
import type { Finding } from '../validate/finding.ts';
import { humanizeSchemaErrors } from '../validate/humanize-schema-errors.ts';
import type { CheckedFile } from '../validate/rule.ts';
import { RULES } from '../validate/rules/index.ts';
import { schemaValidators } from '../validate/schema-validators.ts';

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
}

export interface CheckFileOptions {
  /** Reads a source instead of `readSource`, with the same result (history/parse-revision-cached.ts). */
  parse?: (source: SourceFile) => ParsedFile;
}

/** Parses one content file, checks it against its schema, then runs the rules about the file alone. */
export function checkFile(source: SourceFile, options: CheckFileOptions = {}): FileCheck {
  const parsed = (options.parse ?? readSource)(source);
  if (parsed.data === undefined) return { parsed, valid: false, findings: [] };
  const validate = schemaValidators()[source.kind];
  if (!validate(parsed.data)) return { parsed, valid: false, findings: humanizeSchemaErrors(source.kind, source.path, parsed.data, validate.errors ?? []) };
  const findings: Finding[] = [];
  const context = { report: (finding: Finding) => findings.push(finding) };
  const file = { path: source.path, stem: basename(source.path, extname(source.path)), data: parsed.data };
  if (source.kind === 'journey') for (const rule of RULES) rule.journeyAlone?.(file as CheckedFile<Journey>, context);
  if (source.kind === 'persona') for (const rule of RULES) rule.personaAlone?.(file as CheckedFile<Persona>, context);
  return { parsed, valid: true, findings };
}
