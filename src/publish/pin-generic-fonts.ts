import type { Page } from 'playwright';

/**
 * The generic families Chromium resolves itself. Unsupported ones (`ui-serif` and the like) are
 * skipped by the browser, which then tries the next family of the list, so they are left alone.
 */
const GENERIC_FAMILIES = ['serif', 'sans-serif', 'monospace', 'system-ui', 'cursive', 'fantasy'];

/**
 * Names on every element the installed font that each generic family of its font stack resolves
 * to, so the page draws with named fonts only.
 *
 * Why: with a generic family, the Chromium of `@sparticuz/chromium` picks between two instances of
 * the same font at random, once per launch (measured on a poster: 6 launches gave two different
 * PDFs, 124,550 and 128,538 bytes, the glyphs split differently between the font's subsets). A
 * PDF drawn in one build then differed from the same page drawn in another, and a rebuild from the
 * cache was no longer the bytes of a cold build. Named families gave the same bytes 6 times of 6.
 * The fonts are the ones the generic families already gave, so the drawing looks the same.
 */
export async function pinGenericFonts(page: Page): Promise<void> {
  await page.evaluate((families) => {
    for (const family of families) {
      const probe = document.createElement('span');
      probe.dataset.parcoursFontProbe = family;
      probe.style.fontFamily = family;
      probe.textContent = 'Aa';
      document.body.append(probe);
    }
  }, GENERIC_FAMILIES);
  const cdp = await page.context().newCDPSession(page);
  const resolved: Record<string, string> = {};
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('CSS.enable');
    for (const family of GENERIC_FAMILIES) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-parcours-font-probe="${family}"]` });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const used = fonts.toSorted((a, b) => b.glyphCount - a.glyphCount)[0];
      if (used) resolved[family] = used.familyName;
    }
  } finally {
    await cdp.detach();
  }
  await page.evaluate((resolved) => {
    for (const probe of document.querySelectorAll('[data-parcours-font-probe]')) probe.remove();
    for (const element of document.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const stack = getComputedStyle(element)
        .fontFamily.split(',')
        .map((family) => family.trim());
      if (!stack.some((family) => family in resolved)) continue;
      const named = stack.map((family) => (family in resolved ? JSON.stringify(resolved[family]) : family));
      element.style.setProperty('font-family', named.join(', '), 'important');
    }
  }, resolved);
}
