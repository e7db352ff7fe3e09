// Writes the table of problem codes into README.md from src/core/problem-codes.ts, the catalogue
// tools rely on. src/core/problem-codes.test.ts fails when the README is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { withProblemCodesTable } from '../src/core/render-problem-codes.ts';

const readme = new URL('../README.md', import.meta.url);
await writeFile(readme, withProblemCodesTable(await readFile(readme, 'utf8')));
console.log('wrote the problem codes table in README.md');
