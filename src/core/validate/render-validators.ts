import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type AddFormats from 'ajv-formats';
import type { SourceKind } from '../load/read-content.ts';
import { readSchema } from './schema-validators.ts';

// CommonJS, as in schema-validators.ts.
const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
const addFormats = require('ajv-formats') as typeof AddFormats.default;
const standaloneCode = require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js').default;

/** Where `npm run gen:validators` writes the validators; schema-validators.ts loads them. */
export const VALIDATORS_FILE = fileURLToPath(new URL('./generated/validators.cjs', import.meta.url));

export const KINDS: readonly SourceKind[] = ['journey', 'persona', 'config'];

/** The options every validator is compiled with: `verbose` keeps the schema beside each error, which the messages use for suggestions. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

/**
 * The three validators as one CommonJS module of plain functions (ajv's standalone code), as
 * `npm run gen:validators` writes it: compiling the schemas costs far more at start-up than
 * validating a large corpus, so it is done once, here, not by every run of the CLI.
 */
export function renderValidators(): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, lines: true } });
  addFormats(ajv, ['date']);
  const ids: Record<string, string> = {};
  for (const kind of KINDS) {
    const schema = readSchema(kind);
    ajv.addSchema(schema);
    ids[kind] = schema.$id as string;
  }
  return `// Generated from schema/*.schema.json by \`npm run gen:validators\`. Do not edit.\n${standaloneCode(ajv, ids)}\n`;
}
