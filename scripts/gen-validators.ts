// Writes src/core/validate/generated/validators.cjs from schema/*.schema.json (ajv's standalone
// code), so that starting the CLI compiles no schema. src/core/validate/schema-validators.test.ts
// fails when it is stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { renderValidators, VALIDATORS_FILE } from '../src/core/validate/render-validators.ts';

await mkdir(dirname(VALIDATORS_FILE), { recursive: true });
await writeFile(VALIDATORS_FILE, renderValidators());
console.log(`wrote ${VALIDATORS_FILE}`);
