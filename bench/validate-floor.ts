// The floors for `npm run bench:validate`: read every file, parse it, one precompiled ajv
// validate per file; nothing Parcours adds (positions, rules, model, messages). The parser is
// the first argument: `js-yaml` (its core schema, the fastest correct reader) or `yaml`
// (YAML.parse, which gives positions).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { schemaValidators } from '../src/core/validate/schema-validators.ts';

const [reader, root] = process.argv.slice(2) as ['js-yaml' | 'yaml', string];
const read = reader === 'yaml' ? (text: string) => parse(text) : (text: string) => load(text, { schema: CORE_SCHEMA });
const validators = schemaValidators();
let invalid = 0;
for (const [dir, kind] of [
  ['journeys', 'journey'],
  ['personas', 'persona'],
] as const) {
  const names = (await readdir(join(root, dir))).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(root, dir, name), 'utf8')));
  for (const text of texts) if (!validators[kind](read(text))) invalid++;
}
process.stdout.write(`${invalid} invalid\n`);
