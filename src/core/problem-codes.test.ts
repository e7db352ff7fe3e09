import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './problem-codes.ts';
import { withProblemCodesTable } from './render-problem-codes.ts';

describe('problem codes', () => {
  it('are kebab-case', () => {
    for (const code of Object.keys(PROBLEM_CODES)) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('are all listed in the README (npm run gen:docs)', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withProblemCodesTable(readme));
  });

  it('each cross-file rule lives in a file named after a code', async () => {
    const files = (await readdir(new URL('./validate/rules/', import.meta.url))).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts');
    for (const file of files) expect(Object.keys(PROBLEM_CODES)).toContain(file.replace(/\.ts$/, ''));
  });
});
