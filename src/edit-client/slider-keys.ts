/**
 * The keys of the WAI-ARIA slider pattern (APG, "Slider"): Right and Up raise the value by one,
 * Left and Down lower it, Home and End go to the ends; the value never leaves [min, max].
 * Returns undefined for any other key, which the slider leaves to the browser.
 */
export function sliderKey(key: string, value: number, min: number, max: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(max, value + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(min, value - 1);
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return undefined;
  }
}

/**
 * The value under `y` on a curve whose scale puts `min` at `yMin` and `max` at `yMax` (SVG units,
 * y grows downwards): the nearest integer, never past the scale. A drag snaps to it.
 */
export function valueAtY(y: number, min: number, yMin: number, max: number, yMax: number): number {
  if (yMax === yMin) return min;
  const raw = min + ((y - yMin) / (yMax - yMin)) * (max - min);
  return Math.min(max, Math.max(min, Math.round(raw)));
}

/** The inverse: where a value sits. */
export function yOfValue(value: number, min: number, yMin: number, max: number, yMax: number): number {
  if (max === min) return yMin;
  return yMin + ((value - min) / (max - min)) * (yMax - yMin);
}
