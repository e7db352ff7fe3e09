// Writes the table of problem codes into README.md, and the `rules` of the config schema, from
// src/core/problem-codes.ts, the catalogue tools rely on. src/core/problem-codes.test.ts fails
// when either is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { withProblemCodesTable } from '../src/core/render-problem-codes.ts';
import { withRulesSchema } from '../src/core/render-rule-levels.ts';

const readme = new URL('../README.md', import.meta.url);
await writeFile(readme, withProblemCodesTable(await readFile(readme, 'utf8')));
console.log('wrote the problem codes table in README.md');

const configSchema = new URL('../schema/config.schema.json', import.meta.url);
await writeFile(configSchema, withRulesSchema(await readFile(configSchema, 'utf8')));
console.log('wrote the rules of schema/config.schema.json');
