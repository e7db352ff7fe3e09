import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderValidators, VALIDATORS_FILE } from './render-validators.ts';
import { schemaValidators } from './schema-validators.ts';

describe('precompiled validators', () => {
  it('are up to date with the schemas (npm run gen:validators)', () => {
    expect(readFileSync(VALIDATORS_FILE, 'utf8')).toBe(renderValidators());
  });

  it('validate and report verbose errors, with the schema beside each', () => {
    const { persona } = schemaValidators();
    expect(persona({ id: 'a', name: 'A' })).toBe(true);
    expect(persona({ id: 'a', name: 'A', digitalAffinity: 'huge' })).toBe(false);
    expect(persona.errors?.[0]).toMatchObject({ keyword: 'enum', instancePath: '/digitalAffinity', data: 'huge' });
    expect(Array.isArray(persona.errors?.[0]?.schema)).toBe(true);
  });
});
