import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const schemaDir = fileURLToPath(new URL('../../../schema/', import.meta.url));
const outDir = fileURLToPath(new URL('./generated/', import.meta.url));

/** The schemas and the name of the root type each one generates. */
export const GENERATED_TYPES = [
  { schema: 'journey.schema.json', rootType: 'Journey', file: `${outDir}journey.ts` },
  { schema: 'persona.schema.json', rootType: 'Persona', file: `${outDir}persona.ts` },
  { schema: 'config.schema.json', rootType: 'ParcoursConfig', file: `${outDir}config.ts` },
] as const;

/** Renders the TypeScript declarations of one schema, as `npm run gen:types` writes them. */
export async function renderSchemaTypes(schemaFile: string, rootType: string): Promise<string> {
  const schema = JSON.parse(await readFile(schemaDir + schemaFile, 'utf8')) as JSONSchema;
  schema.title = rootType;
  const body = await compile(schema, rootType, {
    bannerComment: '',
    cwd: schemaDir,
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 100 },
  });
  return `/* Generated from schema/${schemaFile} by \`npm run gen:types\`. Do not edit. */\n\n${body}`;
}
