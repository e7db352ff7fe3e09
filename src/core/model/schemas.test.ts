import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readSchema } from '../validate/schema-validators.ts';
import { GENERATED_TYPES, renderSchemaTypes } from './render-schema-types.ts';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; $defs?: Record<string, Schema> };

/** Every property of every object in the schema, with its path, so editors can show help for each. */
function* properties(schema: Schema, path: string): Generator<[string, Schema]> {
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    yield [`${path}.${name}`, child];
    yield* properties(child, `${path}.${name}`);
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const child = schema[key];
    if (child && typeof child === 'object') yield* properties(child as Schema, `${path}.${key}`);
  }
  for (const branch of (schema.anyOf as Schema[] | undefined) ?? []) yield* properties(branch, path);
  for (const [name, child] of Object.entries(schema.$defs ?? {})) yield* properties(child, `$defs.${name}`);
}

describe('schemas', () => {
  it.each(['journey', 'persona', 'config'] as const)('%s: every property has a title, a description and examples', (kind) => {
    const undocumented = [...properties(readSchema(kind) as Schema, kind)]
      .filter(
        ([, property]) =>
          typeof property.title !== 'string' || typeof property.description !== 'string' || !Array.isArray(property.examples),
      )
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  it.each(GENERATED_TYPES.map((entry) => [entry.schema, entry] as const))(
    'types generated from %s are up to date (npm run gen:types)',
    async (_, entry) => {
      expect(await readFile(entry.file, 'utf8')).toBe(await renderSchemaTypes(entry.schema, entry.rootType));
    },
  );
});
