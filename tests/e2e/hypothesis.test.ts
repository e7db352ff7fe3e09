import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, watchedPage } from './browser.ts';

// journeys/commande-livraison.yaml marks one pain point `hypothesis: true`.
const JOURNEY = 'commande-livraison';
const TEXT = 'Les avis négatifs sur les délais de livraison remontent en premier';
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// journeys/achat-logiciel-b2b.yaml marks one expectation and one moment of truth `hypothesis: true`.
const B2B = 'achat-logiciel-b2b';
const EXPECTATION = 'Un devis qui tient compte des licences déjà payées ailleurs';
const TRUTH = 'Premier échange avec un commercial';

async function journeyPage(id = JOURNEY): Promise<Document> {
  const html = await readFile(join(inject('examples').dir, 'journeys', id, 'index.html'), 'utf8');
  return new JSDOM(html).window.document;
}

describe('a statement marked as a hypothesis', () => {
  it('says so in words and with a mark on the map and in the pain point list, and is counted apart', async () => {
    const document = await journeyPage();
    const marked = [...document.querySelectorAll('[data-hypothesis="true"]')].filter((item) => item.textContent?.includes(TEXT));
    expect(marked.length).toBe(2);
    for (const item of marked) expect(item.querySelector('.hyp')?.textContent).toMatch(/^\?\s*Hypothèse/);
    // Only the marked statement: no other thought or pain point of the journey is one.
    expect(document.querySelectorAll('[data-hypothesis="true"]').length).toBe(2);
    expect(document.querySelector('.evidence .hypotheses summary')?.textContent).toContain('1 hypothèse à vérifier');
  });

  it('marks an expectation and a moment of truth held as hypotheses, in words, on the map and in the lists, and counts them', async () => {
    const document = await journeyPage(B2B);
    const marked = [...document.querySelectorAll('[data-hypothesis="true"]')];
    expect(
      marked.map((item) =>
        item.textContent?.includes(EXPECTATION) ? 'expectation' : item.textContent?.includes(TRUTH) ? 'moment of truth' : item.textContent,
      ),
    ).toEqual(['expectation', 'moment of truth']);
    for (const item of marked) expect(item.querySelector('.hyp')?.textContent).toMatch(/^\?\s*Hypothèse/);
    // The moment of truth stays one: its star (an icon) and word are still there, beside the mark.
    expect(marked[1]!.textContent).toContain('Moment de vérité');
    expect(marked[1]!.querySelector('svg')).not.toBeNull();
    const listed = [...document.querySelectorAll('.evidence .hypotheses li')].map((item) => item.textContent ?? '');
    expect(document.querySelector('.evidence .hypotheses summary')?.textContent).toContain('2 hypothèses à vérifier');
    expect(listed.some((text) => text.includes('attente') && text.includes(EXPECTATION))).toBe(true);
    expect(listed.some((text) => text.includes('moment de vérité') && text.includes(TRUTH))).toBe(true);
  });

  it('shows as a hypothesis in search results', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(new URL('search/?q=remontent', inject('examples').url).href);
    const result = page.locator('#results li').filter({ hasText: 'remontent' }).first();
    await result.waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toContain('Hypothèse');
    expect(problems).toEqual([]);
  });

  it('shows an expectation held as a hypothesis as one in search results', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(new URL(`search/?q=${encodeURIComponent('licences déjà payées')}`, inject('examples').url).href);
    const result = page.locator('#results li').filter({ hasText: 'déjà payées' }).first();
    await result.waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toContain('Hypothèse');
    expect(problems).toEqual([]);
  });
});
