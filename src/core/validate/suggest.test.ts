import { describe, expect, it } from 'vitest';
import { closest, closestId, editDistance, slugify } from './suggest.ts';

describe('suggestions', () => {
  it('measures edits, counting a transposition as one', () => {
    expect(editDistance('name', 'name')).toBe(0);
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('phone', 'phnoe')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only close candidates', () => {
    expect(closest('phnoe', ['web', 'phone', 'chat'])).toBe('phone');
    expect(closest('Web', ['web', 'phone'])).toBe('web');
    expect(closest('facsimile', ['web', 'phone'])).toBeUndefined();
  });

  it('finds an id by the parts of a word too, when only one id has them all', () => {
    const personas = ['amelie-pressee', 'nadine-connectee', 'lea-pressee'];
    expect(closestId('amelie', personas)).toBe('amelie-pressee');
    expect(closestId('amelie-presee', personas)).toBe('amelie-pressee');
    expect(closestId('pressee', personas)).toBeUndefined(); // two ids have it
    expect(closestId('karim', personas)).toBeUndefined();
  });

  it('turns any text into a valid id', () => {
    expect(slugify('Achat Rapide')).toBe('achat-rapide');
    expect(slugify('  Réception à domicile ! ')).toBe('reception-a-domicile');
  });
});
