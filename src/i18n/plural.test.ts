import { describe, expect, it } from 'vitest';
import { strings } from './index.ts';
import { counter } from '../core/messages/plural.ts';

describe('plurals from Intl.PluralRules', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    const fr = counter('fr');
    const en = counter('en');
    const step = { one: 'step', other: 'steps' };
    expect([0, 1, 2].map((count) => fr(count, { one: 'étape', other: 'étapes' }))).toEqual(['0 étape', '1 étape', '2 étapes']);
    expect([0, 1, 2].map((count) => en(count, step))).toEqual(['0 steps', '1 step', '2 steps']);
    // French CLDR has a "many" category (a million): it takes the plural form.
    expect(fr(1_000_000, { one: 'étape', other: 'étapes' })).toBe('1000000 étapes');
  });

  it('counts the site’s nouns: no "1 journeys", no "0 stage" in English', () => {
    expect(strings('en').home.intro(1, 1)).toBe('1 journey, 1 persona.');
    expect(strings('en').card.stagesSteps(0, 1)).toBe('0 stages, 1 step');
    expect(strings('en').backlog.intro(1)).toMatch(/^1 opportunity from/);
    expect(strings('fr').backlog.intro(1)).toMatch(/^1 opportunité de/);
    expect(strings('fr').card.stagesSteps(0, 2)).toBe('0 phase, 2 étapes');
  });
});
