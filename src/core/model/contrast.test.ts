import { describe, expect, it } from 'vitest';
import { AA, contrastRatio, nearestPassing, parseHex } from './contrast.ts';

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker: #767676 on white is the lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#fff')).toBe(4.54);
    expect(contrastRatio('#777777', '#fff')).toBe(4.47);
    expect(contrastRatio('#fff', '#767676')).toBe(4.54);
  });

  it('is not a number for a colour it cannot read', () => {
    expect(contrastRatio('red', '#fff')).toBeNaN();
    expect(parseHex('#12345')).toBeUndefined();
    expect(parseHex('#abc')).toEqual([170, 187, 204]);
  });
});

describe('nearestPassing', () => {
  it('keeps a colour that passes', () => {
    expect(nearestPassing('#0a5c99', '#ffffff', AA.text)).toBe('#0a5c99');
  });

  it('darkens a light colour on white just enough, keeping its hue', () => {
    const fixed = nearestPassing('#7fb3ff', '#ffffff', AA.text)!;
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(4.7);
    const [red, green, blue] = parseHex(fixed)!;
    expect(blue).toBeGreaterThan(green);
    expect(green).toBeGreaterThan(red);
  });

  it('lightens a colour on a dark background', () => {
    const fixed = nearestPassing('#333333', '#111111', AA.graphics)!;
    expect(contrastRatio(fixed, '#111111')).toBeGreaterThanOrEqual(3);
    expect(parseHex(fixed)![0]).toBeGreaterThan(0x33);
  });

  it('gives nothing when no lightness reaches the ratio', () => {
    expect(nearestPassing('#808080', '#777777', 21)).toBeUndefined();
  });
});
