import type { ParcoursConfig } from './generated/config.ts';

/** The colours of the design, by the name the config's `theme.colors` gives them. */
export interface ThemeColors {
  /** The page. */
  background: string;
  /** Text. */
  ink: string;
  /** Secondary text: lane names, details, dates. */
  muted: string;
  /** Lane titles and stage headers, behind text. */
  surface: string;
  /** Links, buttons, the stage's colour. */
  accent: string;
  /** Moments of truth. */
  momentOfTruth: string;
  /** Pain points and warnings. */
  warning: string;
  /** Opportunities. */
  opportunity: string;
  /** The curve's area above 0 and below 0. */
  positive: string;
  negative: string;
  /** Icons of digital, human and physical channels. */
  digital: string;
  human: string;
  physical: string;
}

export interface Theme {
  colors: ThemeColors;
  /** Colours of the emotion curves, in the order of the journey's personas. */
  personaColors: readonly string[];
  /** Path under public/ of the team's logo. */
  logo?: string;
  /** CSS font stack of the whole site. */
  font: string;
  /** Path under public/ of a font file the stack's first family is loaded from. */
  fontFile?: string;
  /** What the config sets itself (the rest are defaults): the colours `theme-contrast` reports on. */
  given: { colors: ReadonlySet<keyof ThemeColors>; personaColors: boolean; font: boolean };
}

/**
 * The default design: every text colour reaches 4.5:1 on the background and on the surface, every
 * graphic colour 3:1 on the background and on both tinted zones (WCAG 2.2 AA; theme.test.ts checks).
 * The persona colours are Okabe & Ito's palette ("Color Universal Design", 2008), distinguishable
 * with every common colour-vision deficiency, with its light hues darkened to reach 3:1.
 */
export const DEFAULT_THEME: Theme = {
  colors: {
    background: '#ffffff',
    ink: '#1b1f24',
    muted: '#545b64',
    surface: '#f3f5f7',
    accent: '#0a5c99',
    momentOfTruth: '#a14400',
    warning: '#9a3412',
    opportunity: '#1a7f4b',
    positive: '#e9f6ef',
    negative: '#fcefe9',
    digital: '#0a5c99',
    human: '#8a3b94',
    physical: '#7a5a00',
  },
  personaColors: ['#0072b2', '#d55e00', '#009970', '#c5679c', '#b47c00', '#1b8ed0', '#000000', '#93890c'],
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  given: { colors: new Set(), personaColors: false, font: false },
};

/** Which colours are read as text and which as graphics, and on what: the pairs `theme-contrast` checks. */
export const CONTRAST_PAIRS: readonly { color: keyof ThemeColors | 'persona'; on: keyof ThemeColors; use: 'text' | 'graphics' }[] = [
  ...(['ink', 'muted', 'accent', 'momentOfTruth', 'warning', 'opportunity'] as const).map((color) => ({
    color,
    on: 'background' as const,
    use: 'text' as const,
  })),
  ...(['ink', 'muted', 'accent'] as const).map((color) => ({ color, on: 'surface' as const, use: 'text' as const })),
  ...(['digital', 'human', 'physical'] as const).map((color) => ({ color, on: 'background' as const, use: 'graphics' as const })),
  ...(['background', 'positive', 'negative'] as const).map((on) => ({ color: 'persona' as const, on, use: 'graphics' as const })),
];

/** The config's theme over the defaults; `raw` is assumed valid against config.schema.json. */
export function resolveTheme(raw: ParcoursConfig['theme']): Theme {
  return {
    colors: { ...DEFAULT_THEME.colors, ...raw?.colors },
    personaColors: raw?.personaColors && raw.personaColors.length > 0 ? raw.personaColors : DEFAULT_THEME.personaColors,
    ...(raw?.logo !== undefined ? { logo: raw.logo } : {}),
    font: raw?.font ?? DEFAULT_THEME.font,
    ...(raw?.fontFile !== undefined ? { fontFile: raw.fontFile } : {}),
    given: {
      colors: new Set(Object.keys(raw?.colors ?? {}) as (keyof ThemeColors)[]),
      personaColors: raw?.personaColors !== undefined && raw.personaColors.length > 0,
      font: raw?.font !== undefined,
    },
  };
}
