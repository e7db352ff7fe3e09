import { expect, it } from 'vitest';
import { tagSlug } from './tag-slug.ts';

it('turns a tag into a URL segment', () => {
  expect(tagSlug('Inclusion numérique')).toBe('inclusion-numerique');
  expect(tagSlug('télécom')).toBe('telecom');
  expect(tagSlug('<b>')).toBe('b');
  expect(tagSlug('…')).toBe('tag');
});
