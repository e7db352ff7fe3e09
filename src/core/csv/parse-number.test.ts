import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it.each([
    ['3,4', 3.4],
    ['3.4', 3.4],
    ['-2', -2],
    ['+1', 1],
    ['120 000', 120000],
    ['120\u202f000', 120000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['82 %', 82],
    [' 7 ', 7],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'n/a', '12 min', '1-2', '--1', '1e5x'])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});
