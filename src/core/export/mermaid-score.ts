import type { EmotionScale } from '../model/resolve-config.ts';

/** Mermaid's `journey` diagram scores each task from 1 (worst) to 5 (best). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** Maps an emotion on the configured scale linearly onto a whole Mermaid score, 1 to 5. */
export function emotionToScore(emotion: number, scale: EmotionScale): number {
  if (scale.max <= scale.min) return Math.round((MIN_SCORE + MAX_SCORE) / 2);
  const share = (Math.min(Math.max(emotion, scale.min), scale.max) - scale.min) / (scale.max - scale.min);
  return MIN_SCORE + Math.round(share * (MAX_SCORE - MIN_SCORE));
}

/**
 * Maps a Mermaid score back onto the emotion scale. The whole number nearest the exact value is
 * taken when it maps back to the same score (on the default -3..3 scale: 1 → -3, 2 → -1, 3 → 0,
 * 4 → 2, 5 → 3), so maps stay readable and a round trip keeps every score; otherwise the exact
 * value, to two decimals.
 */
export function scoreToEmotion(score: number, scale: EmotionScale): number {
  const clamped = Math.min(Math.max(score, MIN_SCORE), MAX_SCORE);
  const exact = scale.min + ((clamped - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * (scale.max - scale.min);
  const whole = Math.round(exact);
  if (whole >= scale.min && whole <= scale.max && emotionToScore(whole, scale) === Math.round(clamped)) return whole;
  return Math.round(exact * 100) / 100;
}
