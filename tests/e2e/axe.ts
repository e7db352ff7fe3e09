import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core on the page as it is now and returns its violations as lines ("serious
 * color-contrast: … (#a, #b)"): by default the serious and critical ones, or every one with `all`.
 */
export async function axeViolations(page: Page, { all = false }: { all?: boolean } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } }).axe.run(
      document,
    );
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3) }));
  });
  return violations
    .filter((violation) => all || violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
