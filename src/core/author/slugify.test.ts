import { describe, expect, it } from 'vitest';
import { SLUG, slugify, uniqueSlug } from './slugify.ts';

describe('slugify', () => {
  it.each([
    ['Service après-vente', 'service-apres-vente'],
    ["  L'œuvre #2 : Étape ", 'l-oeuvre-2-etape'],
    ['déjà--fait__', 'deja-fait'],
    ['???', ''],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug) expect(slug).toMatch(SLUG);
  });

  it('cuts to 100 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(99)} b`);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(SLUG);
  });
});

describe('uniqueSlug', () => {
  it('numbers repeats and falls back when the name has nothing usable', () => {
    const taken = new Set<string>();
    expect([uniqueSlug('payer', taken, 'step'), uniqueSlug('payer', taken, 'step'), uniqueSlug('', taken, 'step'), uniqueSlug('payer', taken, 'step')]).toEqual(['payer', 'payer-2', 'step', 'payer-3']);
  });
});
