import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import type { SourceKind } from '../load/read-content.ts';

const schemaDir = new URL('../../../schema/', import.meta.url);

/** Reads one of the project's schemas, the single source of truth for the model. */
export function readSchema(kind: SourceKind): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`${kind}.schema.json`, schemaDir)), 'utf8')) as Record<string, unknown>;
}

// CommonJS; require() gives the same module under Node, Vitest and Vite's SSR build alike.
const require = createRequire(import.meta.url);
let loaded: Record<SourceKind, ValidateFunction> | undefined;

/**
 * The three validators, compiled ahead of time from the schemas by `npm run gen:validators`
 * (render-validators.ts): compiling them cost more at start-up than validating every example.
 * Each sets `errors` after a failed call, verbose (with the schema beside each error, which the
 * messages use for suggestions).
 */
export function schemaValidators(): Record<SourceKind, ValidateFunction> {
  return (loaded ??= require('./generated/validators.cjs') as Record<SourceKind, ValidateFunction>);
}
