import { axeViolations } from './axe.ts';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/core/index.ts';
import type { Project } from '../../src/core/model/built-project.ts';
import { connectBrowser, watchedPage, type WatchedPage } from './browser.ts';
import { crawlSite, sitemapUrls, type Crawl } from './crawl-site.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

let browser: Browser;
let watched: WatchedPage;
let project: Project;
let crawl: Crawl;
let crawlProblems: string[];
const site = inject('examples').url;

beforeAll(async () => {
  ({ project } = await checkProject(repo));
  browser = await connectBrowser();
  watched = await watchedPage(browser);
  // Every page a reader can reach, plus every page the sitemap and the model say exists.
  const routes = [
    '',
    'channels/',
    'opportunities/',
    ...project.journeys.map((journey) => `journeys/${journey.id}/`),
    ...project.personas.map((persona) => `personas/${persona.id}/`),
  ];
  crawl = await crawlSite(watched, [site, ...routes.map((route) => new URL(route, site).href), ...(await sitemapUrls(site))]);
  crawlProblems = watched.problems.splice(0);
});
afterAll(async () => {
  await browser?.close();
});

describe('the example site', () => {
  it('has every page load with status 200, no console error, no failed request', () => {
    expect(crawl.pages.size).toBeGreaterThan(project.journeys.length + project.personas.length);
    const bad = [...crawl.pages].filter(([, page]) => page.status !== 200).map(([url, page]) => `${url}: ${page.status}`);
    expect([...bad, ...crawlProblems]).toEqual([]);
  });

  it('has no broken internal link, anchor or download', () => {
    const broken: string[] = [];
    for (const [from, page] of crawl.pages) {
      for (const link of page.links) {
        const url = new URL(link);
        const anchor = decodeURIComponent(url.hash.slice(1));
        url.hash = '';
        const target = crawl.pages.get(url.href);
        if (target === undefined) {
          if (crawl.files.get(url.href) !== 200) broken.push(`${from} links to ${link}: ${crawl.files.get(url.href)}`);
        } else if (anchor !== '' && !target.ids.has(anchor)) {
          broken.push(`${from} links to ${link}: no element with id "${anchor}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('draws exactly one curve line per persona on each journey page', async () => {
    for (const journey of project.journeys) {
      await watched.page.goto(new URL(`journeys/${journey.id}/`, site).href);
      const lines = await watched.page
        .locator('[data-persona]')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-persona')));
      expect(lines.sort(), journey.id).toEqual([...journey.curves].sort());
    }
  });

  it('has no serious or critical accessibility violation on any kind of page', async () => {
    const journey = project.journeys[0]!.id;
    const persona = project.personas[0]!.id;
    const channel = [...crawl.pages.keys()].find((url) => /\/channels\/[^/]+\/$/.test(url));
    const kinds = [
      '',
      `journeys/${journey}/`,
      `personas/${persona}/`,
      'channels/',
      channel,
      'opportunities/',
      `search/?q=${encodeURIComponent(journey)}`,
      '404.html',
    ];
    const violations: string[] = [];
    for (const kind of kinds) {
      expect(kind, 'a channel page').toBeDefined();
      const url = new URL(kind!, site).href;
      await watched.page.goto(url);
      const found = await axeViolations(watched.page);
      violations.push(...found.map((text) => `${url}: ${text}`));
    }
    expect(violations).toEqual([]);
  });

  it('answers an unknown address with its own 404 page, in the site language, linking home', async () => {
    const response = await fetch(new URL('journeys/no-such-journey/', site));
    expect(response.status).toBe(404);
    await watched.page.goto(new URL('404.html', site).href);
    expect(await watched.page.locator('html').getAttribute('lang')).toBe(project.config.lang);
    expect(await watched.page.locator('main a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).toEqual([
      site,
    ]);
    expect(await response.text()).toContain(await watched.page.title());
  });
});
