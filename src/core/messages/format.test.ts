import { describe, expect, it } from 'vitest';
import { formatters } from './format.ts';

// Intl puts narrow no-break spaces in French numbers; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatters', () => {
  it('writes numbers, money and dates the French way', () => {
    const fr = formatters('fr', 'EUR');
    expect(plain(fr.number(61000))).toBe('61 000');
    expect(plain(fr.money(12600))).toBe('12 600 €');
    expect(plain(fr.unitCost(0.3))).toBe('0,30 €');
    expect(fr.date('2026-10-02')).toBe('2 octobre 2026');
    expect(plain(fr.percent(24))).toBe('24 %');
  });

  it('writes them the English way', () => {
    const en = formatters('en', 'USD');
    expect(en.number(61000)).toBe('61,000');
    expect(en.money(12600)).toBe('US$12,600');
    expect(en.date('2026-10-02')).toBe('2 October 2026');
    expect(en.signed(2)).toBe('+2');
  });

  it('writes months to head a list', () => {
    expect(formatters('fr', 'EUR').month('2026-03')).toBe('Mars 2026');
    expect(formatters('en', 'EUR').month('2026-03')).toBe('March 2026');
    expect(formatters('en', 'EUR').month('later')).toBe('later');
  });

  it('shows a malformed date as written', () => {
    expect(formatters('en', 'EUR').date('soon')).toBe('soon');
  });
});
