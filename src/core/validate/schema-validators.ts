import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type AddFormats from 'ajv-formats';
import type { SourceKind } from '../load/read-content.ts';

// Both are CommonJS; require() gives the same function under Node, Vitest and Vite's SSR build alike.
const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
const addFormats = require('ajv-formats') as typeof AddFormats.default;

const schemaDir = new URL('../../../schema/', import.meta.url);

/** Reads one of the project's schemas, the single source of truth for the model. */
export function readSchema(kind: SourceKind): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`${kind}.schema.json`, schemaDir)), 'utf8')) as Record<string, unknown>;
}

let compiled: Record<SourceKind, ValidateFunction> | undefined;

/**
 * The three validators, compiled once per process: compiling costs far more than validating a file.
 * `verbose` keeps the schema beside each error, which the messages use for suggestions.
 */
export function schemaValidators(): Record<SourceKind, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ['date']);
    compiled = {
      journey: ajv.compile(readSchema('journey')),
      persona: ajv.compile(readSchema('persona')),
      config: ajv.compile(readSchema('config')),
    };
  }
  return compiled;
}
