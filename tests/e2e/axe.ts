import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/**
 * axe-core as Lighthouse's accessibility category runs it (lighthouse/core/gather/gatherers/
 * accessibility.js, version 13.5): the WCAG 2 A and AA rules, with the rules it turns on beyond
 * axe's defaults (target-size among them) and off. Every one of its audits is weighted, so a page
 * scores 100 exactly when this finds nothing; `npm run check:lighthouse` runs Lighthouse itself.
 */
const LIGHTHOUSE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
  rules: Object.fromEntries([
    ...[
      'accesskeys',
      'aria-allowed-role',
      'aria-conditional-attr',
      'aria-deprecated-role',
      'aria-dialog-name',
      'aria-prohibited-attr',
      'aria-treeitem-name',
      'aria-text',
      'autocomplete-valid',
      'empty-heading',
      'heading-order',
      'html-xml-lang-mismatch',
      'identical-links-same-purpose',
      'image-redundant-alt',
      'input-button-name',
      'label-content-name-mismatch',
      'landmark-one-main',
      'link-in-text-block',
      'meta-viewport',
      'presentation-role-conflict',
      'select-name',
      'skip-link',
      'svg-img-alt',
      'tabindex',
      'table-duplicate-name',
      'table-fake-caption',
      'target-size',
      'td-has-header',
    ].map((id) => [id, { enabled: true }]),
    ...[
      'area-alt',
      'aria-braille-equivalent',
      'aria-roledescription',
      'audio-caption',
      'blink',
      'duplicate-id',
      'frame-focusable-content',
      'frame-title-unique',
      'marquee',
      'nested-interactive',
      'no-autoplay-audio',
      'role-img-alt',
      'scrollable-region-focusable',
      'server-side-image-map',
      'summary-name',
      'aria-tab-name',
    ].map((id) => [id, { enabled: false }]),
  ]),
};

/**
 * Runs axe-core on the page as it is now and returns its violations as lines ("serious
 * color-contrast: … (#a, #b)"): by default the serious and critical ones, or every one with `all`.
 * With `lighthouse`, the rules are those of Lighthouse's accessibility category and every
 * violation counts.
 */
export async function axeViolations(
  page: Page,
  { all = false, lighthouse = false }: { all?: boolean; lighthouse?: boolean } = {},
): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(
    async (options) => {
      const { violations } = await (
        window as unknown as { axe: { run(context: Document, options?: object): Promise<{ violations: Violation[] }> } }
      ).axe.run(document, options ?? undefined);
      return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3) }));
    },
    lighthouse ? LIGHTHOUSE_OPTIONS : null,
  );
  return violations
    .filter((violation) => all || lighthouse || violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
