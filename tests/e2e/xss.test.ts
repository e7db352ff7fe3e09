import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, watchedPage, type WatchedPage } from './browser.ts';
import { crawlSite, type Crawl } from './crawl-site.ts';

// tests/e2e/fixtures/xss puts markup in every text field and dangerous links in every Markdown
// field; each payload would set window.__xss (or open a dialog) if it ran.
const site = inject('xss').url;
let browser: Browser;
let watched: WatchedPage;
let crawl: Crawl;

beforeAll(async () => {
  browser = await connectBrowser();
  watched = await watchedPage(browser);
  const routes = [
    '',
    'journeys/payloads/',
    'journeys/inner/',
    'personas/mallory/',
    'personas/trudy/',
    'channels/',
    'channels/pigeon/',
    'opportunities/',
  ];
  crawl = await crawlSite(
    watched,
    routes.map((route) => new URL(route, site).href),
  );
});
afterAll(async () => {
  await browser?.close();
});

describe('content full of script payloads', () => {
  it('runs no script of the content on any page, even on hover, focus, click or toggle', async () => {
    const ran: string[] = [];
    for (const url of crawl.pages.keys()) {
      await watched.page.goto(url, { waitUntil: 'load' });
      const flag = await watched.page.evaluate(() => {
        // Event-handler payloads (onmouseover, onfocus, ontoggle...) wait for a reader's gesture.
        for (const element of document.body.querySelectorAll('*')) {
          for (const type of ['mouseover', 'focus', 'click', 'toggle', 'error', 'load']) element.dispatchEvent(new Event(type));
        }
        return (window as unknown as { __xss?: unknown }).__xss;
      });
      if (flag !== undefined) ran.push(`${url}: window.__xss = ${String(flag)}`);
    }
    expect([...ran, ...watched.dialogs]).toEqual([]);
  });

  it('runs no script from a search result either', async () => {
    await watched.page.goto(new URL('search/?q=Xsspainpoint', site).href);
    await watched.page.locator('a[href*="journeys/payloads/#step-first"]').first().waitFor({ timeout: 20_000 });
    expect(await watched.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(watched.dialogs).toEqual([]);
  });

  it('shows the markup as text', async () => {
    await watched.page.goto(new URL('journeys/payloads/', site).href);
    const text = await watched.page.locator('body').innerText();
    const shown = [
      "<script>window.__xss = 'journey-title'</script>",
      "<script>window.__xss='step-name'</script>",
      "Xsspainpoint <script>window.__xss='painpoint'</script>",
      '<img src=x onerror="window.__xss=\'painpoint-text\'">',
      "Mallory <script>window.__xss = 'persona-name'</script>",
    ];
    for (const payload of shown) {
      expect(text).toContain(payload);
    }
  });

  it('puts no link with a scheme other than http(s) or mailto, and no element the content made, in any page', async () => {
    const found: string[] = [];
    for (const url of crawl.pages.keys()) {
      await watched.page.goto(url);
      const bad = await watched.page.evaluate(() => {
        const problems: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (attribute.name.startsWith('on')) problems.push(`<${element.localName} ${attribute.name}>`);
          }
        }
        for (const link of document.querySelectorAll('a[href]')) {
          if (!['http:', 'https:', 'mailto:'].includes(new URL(link.getAttribute('href')!, document.baseURI).protocol))
            problems.push(`link to ${link.getAttribute('href')}`);
        }
        for (const element of document.querySelectorAll('iframe, object, embed, details[ontoggle], style:not(head style)'))
          problems.push(`<${element.localName}>`);
        for (const script of document.querySelectorAll('script'))
          if (script.textContent?.includes('__xss')) problems.push('a script with the payload');
        return problems;
      });
      found.push(...bad.map((problem) => `${url}: ${problem}`));
    }
    expect(found).toEqual([]);
  });
});
