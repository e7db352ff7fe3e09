import { describe, expect, it } from 'vitest';
import { AA, contrastRatio } from './contrast.ts';
import { CONTRAST_PAIRS, DEFAULT_THEME, resolveTheme } from './theme.ts';

describe('the default theme', () => {
  it('reaches WCAG AA on every pair theme-contrast checks', () => {
    const failing: string[] = [];
    const { colors, personaColors } = DEFAULT_THEME;
    for (const pair of CONTRAST_PAIRS) {
      const foregrounds = pair.color === 'persona' ? personaColors : [colors[pair.color]];
      for (const color of foregrounds) {
        const ratio = contrastRatio(color, colors[pair.on]);
        if (!(ratio >= AA[pair.use])) failing.push(`${pair.color} ${color} on ${pair.on}: ${ratio}`);
      }
    }
    expect(failing).toEqual([]);
  });
});

describe('resolveTheme', () => {
  it('keeps each default the config leaves out, and says what the config sets', () => {
    const theme = resolveTheme({ colors: { accent: '#00556e' }, logo: 'images/logo.svg' });
    expect(theme.colors.accent).toBe('#00556e');
    expect(theme.colors.ink).toBe(DEFAULT_THEME.colors.ink);
    expect(theme.personaColors).toEqual(DEFAULT_THEME.personaColors);
    expect(theme.logo).toBe('images/logo.svg');
    expect([...theme.given.colors]).toEqual(['accent']);
    expect(theme.given.personaColors).toBe(false);
    expect(resolveTheme(undefined).given.colors.size).toBe(0);
  });
});
