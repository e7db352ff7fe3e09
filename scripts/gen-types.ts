// Writes src/core/model/generated/*.ts from schema/*.schema.json, so the schemas stay the only
// place the model is written down. src/core/model/generated-types.test.ts fails when they are stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GENERATED_TYPES, renderSchemaTypes } from '../src/core/model/render-schema-types.ts';

for (const { schema, rootType, file } of GENERATED_TYPES) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await renderSchemaTypes(schema, rootType));
  console.log(`wrote ${file}`);
}
