import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, resolveTheme } from '../core/model/theme.ts';
import { themeStyle, TOKEN_OF } from './theme-style.ts';

const tokens = readFileSync(new URL('../layouts/tokens.css', import.meta.url), 'utf8');
const url = (path: string) => `/base/${path}`;

describe('the design tokens', () => {
  it("declare the default theme's colours and font, so that the CSS and the core agree", () => {
    for (const [name, token] of Object.entries(TOKEN_OF)) {
      const value = new RegExp(`${token}:\\s*([^;]+);`).exec(tokens)?.[1];
      expect(value, token).toBe(DEFAULT_THEME.colors[name as keyof typeof TOKEN_OF]);
    }
    expect(/--font:\s*([^;]+);/.exec(tokens)?.[1]).toBe(DEFAULT_THEME.font);
  });
});

describe('themeStyle', () => {
  it('is empty for a config without a theme', () => {
    expect(themeStyle(resolveTheme(undefined), url)).toBe('');
  });

  it('sets only the tokens the config gives, and loads the font file under the first family', () => {
    const style = themeStyle(
      resolveTheme({ colors: { accent: '#00556e' }, font: '"Marianne", sans-serif', fontFile: 'fonts/marianne.woff2' }),
      url,
    );
    expect(style).toBe(
      ':root:root{--accent:#00556e;--font:"Marianne", sans-serif}@font-face{font-family:"Marianne";src:url("/base/fonts/marianne.woff2");font-display:swap}',
    );
  });

  it('cannot close its rule or the style element from a font stack', () => {
    const style = themeStyle(resolveTheme({ font: 'x;}</style><script>alert(1)</script>' }), url);
    expect(style).not.toMatch(/[<>]|;}/);
  });
});
