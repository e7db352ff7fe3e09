import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../model/resolve-config.ts';
import { emotionToScore, scoreToEmotion } from './mermaid-score.ts';

const scale = (min: number, max: number) => resolveConfig({ emotionScale: { min, max } }).emotionScale;

describe('emotion and Mermaid scores', () => {
  it('maps the default scale onto 1..5, clamping values outside it', () => {
    expect([-4, -3, -2, -1, 0, 1, 2, 3, 4].map((emotion) => emotionToScore(emotion, scale(-3, 3)))).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5]);
    expect([1, 2, 3, 4, 5].map((score) => scoreToEmotion(score, scale(-3, 3)))).toEqual([-3, -1, 0, 2, 3]);
  });

  it.each([
    [-3, 3],
    [0, 10],
    [1, 5],
    [0, 2],
    [-1, 1],
    [-2.5, 2.5],
  ])('keeps every score through a round trip on %d..%d', (min, max) => {
    for (let score = 1; score <= 5; score++) {
      const emotion = scoreToEmotion(score, scale(min, max));
      expect(emotion).toBeGreaterThanOrEqual(min);
      expect(emotion).toBeLessThanOrEqual(max);
      expect(emotionToScore(emotion, scale(min, max))).toBe(score);
    }
  });
});
