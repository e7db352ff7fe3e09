import { describe, expect, it } from 'vitest';
import { slugify } from '../validate/suggest.ts';
import { SLUG, SLUG_MAX_LENGTH, uniqueSlug } from './unique-slug.ts';

describe('uniqueSlug', () => {
  it('numbers repeats and falls back when the name has nothing usable', () => {
    const taken = new Set<string>();
    const ids = ['Payer', 'payer', '???', 'Payer'].map((name) => uniqueSlug(slugify(name), taken, 'step'));
    expect(ids).toEqual(['payer', 'payer-2', 'step', 'payer-3']);
  });

  it('cuts long names to a valid id of at most 100 characters, numbered ones too', () => {
    const taken = new Set<string>();
    const name = `${'a'.repeat(99)} b c`;
    for (const id of [uniqueSlug(slugify(name), taken, 'step'), uniqueSlug(slugify(name), taken, 'step')]) {
      expect(id.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      expect(id).toMatch(SLUG);
    }
  });
});
