import { describe, expect, it } from 'vitest';
import { sliderKey, valueAtY, yOfValue } from './slider-keys.ts';

describe('the slider keys of the WAI-ARIA pattern', () => {
  it('moves one step with the arrows and to the ends with Home and End', () => {
    expect(sliderKey('ArrowUp', 0, -3, 3)).toBe(1);
    expect(sliderKey('ArrowRight', 0, -3, 3)).toBe(1);
    expect(sliderKey('ArrowDown', 0, -3, 3)).toBe(-1);
    expect(sliderKey('ArrowLeft', 0, -3, 3)).toBe(-1);
    expect(sliderKey('Home', 2, -3, 3)).toBe(-3);
    expect(sliderKey('End', -2, -3, 3)).toBe(3);
  });
  it('never goes past the scale', () => {
    expect(sliderKey('ArrowUp', 3, -3, 3)).toBe(3);
    expect(sliderKey('ArrowDown', -3, -3, 3)).toBe(-3);
  });
  it('leaves other keys to the browser', () => {
    expect(sliderKey('Tab', 0, -3, 3)).toBeUndefined();
  });
});

describe('dragging', () => {
  // EmotionCurve draws -3 at y 88 and 3 at y 12 (height 100, padding 12).
  it('snaps to the nearest integer and stops at the ends', () => {
    expect(valueAtY(50, -3, 88, 3, 12)).toBe(0);
    expect(valueAtY(40, -3, 88, 3, 12)).toBe(1);
    expect(valueAtY(-40, -3, 88, 3, 12)).toBe(3);
    expect(valueAtY(400, -3, 88, 3, 12)).toBe(-3);
  });
  it('puts a value back where the curve draws it', () => {
    expect(yOfValue(0, -3, 88, 3, 12)).toBe(50);
    expect(yOfValue(3, -3, 88, 3, 12)).toBe(12);
  });
});
