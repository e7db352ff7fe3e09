import type { Theme, ThemeColors } from '../core/model/theme.ts';

/** The CSS custom property each theme colour sets (layouts/tokens.css declares them all). */
export const TOKEN_OF: Record<keyof ThemeColors, string> = {
  background: '--bg',
  ink: '--ink',
  muted: '--muted',
  surface: '--surface',
  accent: '--accent',
  momentOfTruth: '--mot',
  warning: '--warn',
  opportunity: '--ok',
  positive: '--pos',
  negative: '--neg',
  digital: '--k-digital',
  human: '--k-human',
  physical: '--k-physical',
};

/**
 * The inline style that puts a config's theme over the default tokens: only what the config sets,
 * so a site without a theme carries no extra bytes. `url` turns a path under public/ into the
 * page's address of it. Values come from the schema-checked config (hex colours; paths and a font
 * stack whose characters that could close the rule are dropped).
 */
export function themeStyle(theme: Theme, url: (path: string) => string | undefined): string {
  const declarations = [...theme.given.colors].map((name) => `${TOKEN_OF[name]}:${theme.colors[name]}`);
  const rules: string[] = [];
  const safe = (text: string) => text.replace(/[<>{};\\]/g, '');
  if (theme.font !== undefined && theme.given.font) declarations.push(`--font:${safe(theme.font)}`);
  const fontUrl = theme.fontFile ? url(theme.fontFile) : undefined;
  if (fontUrl) {
    const family = safe(theme.font.split(',')[0]!.trim());
    rules.push(`@font-face{font-family:${family};src:url("${encodeURI(fontUrl).replace(/"/g, '%22')}");font-display:swap}`);
  }
  // `:root:root` outranks the tokens' `:root`, which the bundled style sheet may declare later in the head.
  if (declarations.length > 0) rules.unshift(`:root:root{${declarations.join(';')}}`);
  return rules.join('');
}
