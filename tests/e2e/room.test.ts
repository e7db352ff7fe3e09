// Issue 12, "maps for the room": what a workshop or an executive review takes out of the site,
// checked in Chromium against the example site.
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/core/index.ts';
import type { Project } from '../../src/core/model/project.ts';
import { connectBrowser, watchedPage, type WatchedPage } from './browser.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const site = inject('examples').url;
let browser: Browser;
let watched: WatchedPage;
let project: Project;

beforeAll(async () => {
  ({ project } = await checkProject(repo));
  browser = await connectBrowser();
  watched = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

const linked = () => project.journeys.flatMap((journey) => journey.steps.flatMap((step) => step.opportunities.filter((opportunity) => opportunity.link).map((opportunity) => ({ journey, step, opportunity }))));

describe('the impact × effort matrix', () => {
  it('is drawn without script on the backlog and on each journey page with opportunities, a mark per rated opportunity linked to its step', async () => {
    const pages = [
      { route: 'opportunities/', journeys: project.journeys },
      ...project.journeys.filter((journey) => journey.steps.some((step) => step.opportunities.length > 0)).map((journey) => ({ route: `journeys/${journey.id}/`, journeys: [journey] })),
    ];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { route, journeys } of pages) {
      await page.goto(new URL(route, site).href);
      const svg = page.locator('.imx svg[role="img"]');
      expect(await svg.count(), route).toBe(1);
      const labelled = await svg.evaluate((element) => element.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''));
      expect(labelled[0], route).not.toBe('');
      expect(labelled[1], route).toMatch(/impact/i);
      expect(labelled[1], route).toMatch(/effort/i);
      const rated = journeys.flatMap((journey) => journey.steps.flatMap((step) => step.opportunities.filter((opportunity) => opportunity.impact && opportunity.effort).map(() => `${journey.id}#step-${step.id}`)));
      const marks = await svg.locator('a[data-status]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href')!, document.baseURI)).map((url) => `${url.pathname.split('/').at(-2)}${url.hash}`));
      expect(marks.sort(), route).toEqual(rated.sort());
      // Moments of truth and pain points are told apart by shape.
      const shapes = await svg.locator('a[data-status] use').evaluateAll((uses) => uses.map((use) => use.getAttribute('href')!.split('-').at(-1)));
      expect(new Set(shapes).size, route).toBeGreaterThan(1);
    }
    await context.close();
  });

  it('filters its marks with the status filter of the backlog', async () => {
    await watched.page.goto(new URL('opportunities/', site).href);
    const visible = () => watched.page.locator('.imx a[data-status]').evaluateAll((links) => links.filter((link) => getComputedStyle(link).display !== 'none').map((link) => link.getAttribute('data-status')));
    const all = await visible();
    await watched.page.locator('#st-done').check();
    const done = await visible();
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(all.length);
    expect(new Set(done)).toEqual(new Set(['done']));
  });
});

describe('delivery links', () => {
  it('lead from the map, the journey backlog and the cross-journey backlog to the ticket', async () => {
    expect(linked().length).toBeGreaterThan(0);
    for (const { journey, step, opportunity } of linked()) {
      await watched.page.goto(new URL(`journeys/${journey.id}/`, site).href);
      expect(await watched.page.locator(`#step-${step.id} ~ div a[href="${opportunity.link}"]`).count(), journey.id).toBe(1);
      expect(await watched.page.locator(`#opportunities ~ * table a[href="${opportunity.link}"]`).count(), journey.id).toBe(1);
      await watched.page.goto(new URL('opportunities/', site).href);
      expect(await watched.page.locator(`table a[href="${opportunity.link}"]`).count(), opportunity.title).toBe(1);
    }
  });
});
