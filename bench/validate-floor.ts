// The floor for `npm run bench:validate`: read every file, bare yaml.parse, one precompiled ajv
// validate per file. Nothing Parcours adds (positions, rules, model, messages).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schemaValidators } from '../src/core/validate/schema-validators.ts';

const root = process.argv[2]!;
const validators = schemaValidators();
let invalid = 0;
for (const [dir, kind] of [['journeys', 'journey'], ['personas', 'persona']] as const) {
  const names = (await readdir(join(root, dir))).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(root, dir, name), 'utf8')));
  for (const text of texts) if (!validators[kind](parse(text))) invalid++;
}
process.stdout.write(`${invalid} invalid\n`);
