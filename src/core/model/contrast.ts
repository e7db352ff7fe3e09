/**
 * Colour contrast as WCAG 2.2 defines it (success criteria 1.4.3 and 1.4.11): the relative
 * luminance of sRGB colours and the ratio (L1 + 0.05) / (L2 + 0.05), from 1:1 to 21:1.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** The minimum ratios of level AA: text (1.4.3) and graphics such as lines and icons (1.4.11). */
export const AA = { text: 4.5, graphics: 3 } as const;

type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` as 0-255 channels; undefined for anything else. */
export function parseHex(color: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as Rgb;
}

export function toHex([red, green, blue]: Rgb): string {
  return `#${[red, green, blue].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(rgb: Rgb): number {
  const [red, green, blue] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of two colours, rounded down to two decimals (so that 4.499 never reads as passing). */
export function contrastRatio(foreground: string, background: string): number {
  const one = parseHex(foreground);
  const two = parseHex(background);
  if (!one || !two) return Number.NaN;
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a) as [number, number];
  return Math.floor(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

/**
 * The colour closest to `color` that reaches `ratio` against `background`: the same hue and
 * saturation (HSL), only lighter or darker, whichever needs the smaller change. Undefined when
 * neither black nor white reaches it.
 */
export function nearestPassing(color: string, background: string, ratio: number): string | undefined {
  const rgb = parseHex(color);
  if (!rgb) return undefined;
  if (contrastRatio(color, background) >= ratio) return toHex(rgb);
  const [hue, saturation, lightness] = toHsl(rgb);
  const candidates: { hex: string; change: number }[] = [];
  for (const direction of [-1, 1]) {
    // Lightness moves one way until the ratio is reached; bisection finds the first step that does.
    const end = direction < 0 ? 0 : 1;
    const at = (value: number) => toHex(fromHsl(hue, saturation, value));
    if (contrastRatio(at(end), background) < ratio) continue;
    let near = lightness;
    let far = end;
    for (let round = 0; round < 24; round++) {
      const middle = (near + far) / 2;
      if (contrastRatio(at(middle), background) >= ratio) far = middle;
      else near = middle;
    }
    candidates.push({ hex: at(far), change: Math.abs(far - lightness) });
  }
  return candidates.sort((a, b) => a.change - b.change)[0]?.hex;
}

function toHsl([red, green, blue]: Rgb): [number, number, number] {
  const [r, g, b] = [red / 255, green / 255, blue / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  const hue = max === r ? (g - b) / delta + (g < b ? 6 : 0) : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return [hue / 6, saturation, lightness];
}

function fromHsl(hue: number, saturation: number, lightness: number): Rgb {
  if (saturation === 0) return [lightness * 255, lightness * 255, lightness * 255];
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
  const p = 2 * lightness - q;
  const channel = (offset: number) => {
    let t = hue + offset;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(1 / 3) * 255, channel(0) * 255, channel(-1 / 3) * 255];
}
