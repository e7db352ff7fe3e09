import { AA, contrastRatio, nearestPassing } from '../../model/contrast.ts';
import { CONTRAST_PAIRS, type ThemeColors } from '../../model/theme.ts';
import type { Rule } from '../rule.ts';

/**
 * Each colour the config's theme sets, against each background it is used on: text needs 4.5:1,
 * lines and icons 3:1 (WCAG 2.2, 1.4.3 and 1.4.11). Reported on the colour the config sets (the
 * foreground, or the background when only that is set), with the ratio measured and the nearest
 * colour of the same hue that passes. Defaults are not reported: theme.test.ts keeps them passing.
 */
export const themeContrast: Rule = {
  project(context) {
    const { colors, personaColors, given } = context.config.theme;
    if (context.configFile === undefined || (given.colors.size === 0 && !given.personaColors)) return;
    const set = (name: keyof ThemeColors) => given.colors.has(name);
    for (const pair of CONTRAST_PAIRS) {
      const background = colors[pair.on];
      const needed = AA[pair.use];
      const foregrounds =
        pair.color === 'persona'
          ? personaColors.map((color, index) => ({ color, pointer: `/theme/personaColors/${index}`, own: given.personaColors }))
          : [{ color: colors[pair.color], pointer: `/theme/colors/${pair.color}`, own: set(pair.color) }];
      for (const foreground of foregrounds) {
        if (!foreground.own && !set(pair.on)) continue;
        const ratio = contrastRatio(foreground.color, background);
        if (!(ratio < needed)) continue;
        // The colour to change is the one the config sets; when it sets only the background, that one.
        const onBackground = !foreground.own;
        const suggestion = onBackground
          ? nearestPassing(background, foreground.color, needed)
          : nearestPassing(foreground.color, background, needed);
        context.report({
          code: 'theme-contrast',
          file: context.configFile,
          pointer: onBackground ? `/theme/colors/${pair.on}` : foreground.pointer,
          params: {
            color: foreground.color,
            background,
            name: pair.color,
            on: pair.on,
            use: pair.use,
            ratio,
            needed,
            change: onBackground ? 'background' : 'color',
            ...(suggestion ? { suggestion } : {}),
          },
        });
      }
    }
  },
};
