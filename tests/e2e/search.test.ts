import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/core/index.ts';
import { connectBrowser, watchedPage, type WatchedPage } from './browser.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const site = inject('examples').url;
let browser: Browser;
let watched: WatchedPage;

/** A word of a pain point that no other step of the examples uses, with the step it belongs to. */
async function distinctivePainWord(): Promise<{ word: string; journey: string; step: string }> {
  const { project } = await checkProject(repo);
  const stepsByWord = new Map<string, Set<string>>();
  const words = (text: string) => text.toLowerCase().match(/\p{L}{7,}/gu) ?? [];
  for (const journey of project.journeys) {
    for (const step of journey.steps) {
      const texts = [
        step.name,
        step.description ?? '',
        ...step.thoughts.map((thought) => thought.text),
        ...step.painPoints.map((pain) => pain.text),
        ...step.opportunities.map((opportunity) => `${opportunity.title} ${opportunity.description ?? ''}`),
      ];
      for (const word of texts.flatMap(words)) stepsByWord.set(word, (stepsByWord.get(word) ?? new Set()).add(`${journey.id}#${step.id}`));
    }
  }
  for (const journey of project.journeys) {
    for (const step of journey.steps) {
      for (const word of step.painPoints.flatMap((pain) => words(pain.text))) {
        if (stepsByWord.get(word)?.size === 1 && !journey.title.toLowerCase().includes(word))
          return { word, journey: journey.id, step: step.id };
      }
    }
  }
  throw new Error('The examples have no pain point with a word of its own.');
}

beforeAll(async () => {
  browser = await connectBrowser();
  watched = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('finds a word of a pain point, and its result lands on that step', async () => {
    const { word, journey, step } = await distinctivePainWord();
    const { page, problems } = watched;
    await page.goto(site);
    await page.locator('form[role="search"] input[type="search"]').first().fill(word);
    await page.locator('form[role="search"] input[type="search"]').first().press('Enter');
    const result = page.locator(`a[href*="journeys/${journey}/#step-${step}"]`).first();
    await result.waitFor({ timeout: 20_000 });
    await result.click();
    await page.waitForURL((url) => url.hash === `#step-${step}`);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/journeys/${journey}/$`));
    expect(await page.locator(`[id="step-${step}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('loads nothing of the search before the reader uses it', async () => {
    const requested: string[] = [];
    const { page } = await watchedPage(browser);
    page.on('request', (request) => requested.push(request.url()));
    const { journey } = await distinctivePainWord();
    await page.goto(site, { waitUntil: 'networkidle' });
    await page.goto(new URL(`journeys/${journey}/`, site).href, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
  });
});
