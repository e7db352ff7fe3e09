import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './problem-codes.ts';
import { withProblemCodesTable } from './render-problem-codes.ts';
import { configurableCodes, withRulesSchema } from './render-rule-levels.ts';

describe('problem codes', () => {
  it('are kebab-case', () => {
    for (const code of Object.keys(PROBLEM_CODES)) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('are all listed in the README (npm run gen:docs)', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withProblemCodesTable(readme));
  });

  it("are all in the config schema's rules, each warning with its default level (npm run gen:docs)", async () => {
    const text = await readFile(new URL('../../schema/config.schema.json', import.meta.url), 'utf8');
    expect(text).toBe(withRulesSchema(text));
    const rules = (JSON.parse(text) as { properties: { rules: { properties: Record<string, { default: string }> } } }).properties.rules
      .properties;
    expect(Object.keys(rules)).toEqual(configurableCodes());
    expect(Object.keys(rules)).toContain('claims-without-evidence');
    for (const rule of Object.values(rules)) expect(rule.default).toBe('warn');
  });

  it('each cross-file rule lives in a file named after a code', async () => {
    const files = (await readdir(new URL('./validate/rules/', import.meta.url))).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts',
    );
    for (const file of files) expect(Object.keys(PROBLEM_CODES)).toContain(file.replace(/\.ts$/, ''));
  });
});
