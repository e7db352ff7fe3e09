import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from './parse-period.ts';

describe('parsePeriod', () => {
  it('reads months, quarters and days with the dates they cover', () => {
    expect(parsePeriod('2024-02')).toEqual({ label: '2024-02', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2026-q4')).toEqual({ label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(parsePeriod(' 2026-03-15 ')).toEqual({ label: '2026-03-15', start: '2026-03-15', end: '2026-03-15' });
  });

  it.each(['2026-13', '2026-Q5', '2026-02-30', 'mars 2026', '2026'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('orders periods of different lengths by the day they end', () => {
    const periods = ['2026-Q1', '2026-02', '2026-03-31', '2026-03-01'].map((text) => parsePeriod(text)!);
    expect(periods.sort(comparePeriods).map((period) => period.label)).toEqual(['2026-02', '2026-03-01', '2026-Q1', '2026-03-31']);
  });
});
