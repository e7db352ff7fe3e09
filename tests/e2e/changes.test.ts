import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, createRepository, type TestRepository } from '../../src/core/history/git-repository.testing.ts';
import { commitLivingHistory, LIVING_DATES, livingDate } from '../../src/core/history/living-history.testing.ts';
import { serveStatic, type StaticServer } from '../../src/publish/serve-static.ts';
import { axeViolations } from './axe.ts';
import { connectBrowser, watchedPage } from './browser.ts';
import { runParcours } from './run-parcours.ts';

// The site of a scripted repository with dated commits over three months (living-history.testing.ts):
// the changes across the portfolio, their feed, and since when each claim of the map stands.
let repository: TestRepository;
let commits: string[];
let out: string;
let server: StaticServer;
let browser: Browser;

const UNCOMMITTED = 'Le paiement est refusé sans explication';

beforeAll(async () => {
  repository = createRepository({ date: livingDate });
  commits = commitLivingHistory(repository);
  const root = join(repository.dir, CONTENT_DIR);
  // Not committed: a config that ages claims after 100 days, and a pain point no commit holds yet.
  await writeFile(join(root, 'parcours.config.yaml'), 'title: Cartes vivantes\nlang: fr\nreviewAgeDays: 100\n');
  const journey = join(root, 'journeys', 'livraison.yaml');
  await writeFile(
    journey,
    (await readFile(journey, 'utf8')).replace(
      /\n( *)painPoints:\n( *)- /,
      (found, _indent: string, item: string) => `${found}${UNCOMMITTED}\n${item}- `,
    ),
  );
  out = await mkdtemp(join(tmpdir(), 'parcours-e2e-changes-'));
  const run = runParcours(['build', '--root', root, '--out', out], {
    PARCOURS_TODAY: '2026-05-01',
    PARCOURS_CACHE_DIR: join(out, '..', `${out.split('/').pop()}-cache`),
  });
  if (run.status !== 0) throw new Error(`parcours build exited ${run.status}:\n${run.stdout}${run.stderr}`);
  server = await serveStatic(out);
  browser = await connectBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  repository?.remove();
  if (out) await Promise.all([rm(out, { recursive: true, force: true }), rm(`${out}-cache`, { recursive: true, force: true })]);
});

const page = async (path: string): Promise<Document> => new JSDOM(await readFile(join(out, path), 'utf8')).window.document;
const short = (index: number) => commits[index - 1]!.slice(0, 12);
const exists = (path: string) =>
  access(join(out, path)).then(
    () => true,
    () => false,
  );

describe('the changes across the portfolio (/changes/)', () => {
  it('holds each commit that changed content, newest first, grouped by month, with date, author and message', async () => {
    const document = await page('changes/index.html');
    const entries = [...document.querySelectorAll('article.commit')];
    // Commit 5 only added a comment: nothing changed for the customer.
    expect(entries.map((entry) => entry.id)).toEqual([6, 4, 3, 2, 1].map((index) => `c-${short(index)}`));
    const dates = entries.map((entry) => entry.querySelector('time')!.getAttribute('datetime'));
    expect(dates).toEqual([6, 4, 3, 2, 1].map((index) => LIVING_DATES[index - 1]));
    expect([...document.querySelectorAll('section.month > h2')].map((heading) => heading.textContent)).toEqual([
      'Mars 2026',
      'Février 2026',
      'Janvier 2026',
    ]);
    expect(entries[2]!.querySelector('h3')!.textContent).toBe('20 février 2026 · Amélie is let down at the door');
    expect(entries[2]!.querySelector('.by')!.textContent).toContain('Claire Martin');
  });

  it("writes each change in the site's language with names, warnings flagged in words, linked to its step and revision", async () => {
    const document = await page('changes/index.html');
    const drop = document.getElementById(`c-${short(3)}`)!;
    const change = drop.querySelector('li.change')!;
    expect(change.getAttribute('data-level')).toBe('warn');
    expect(change.textContent).toMatch(/^\s*alerte\s*:\s*/);
    // The flag is an icon beside the word, not a glyph a machine without the font shows as a box.
    expect(change.querySelector('svg')).not.toBeNull();
    expect(change.textContent).toContain('«\u00a0Reçoit le colis\u00a0»');
    expect(change.querySelector('a')!.getAttribute('href')).toBe('/journeys/livraison/#step-recoit-colis');
    const links = [...drop.querySelectorAll('h4 a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/journeys/livraison/', `/journeys/livraison/history/${short(3)}/`, '/changes/journeys/livraison/']);
    for (const link of links) expect(await exists(join(link!, 'index.html'))).toBe(true);
    const persona = [...document.getElementById(`c-${short(4)}`)!.querySelectorAll('h4 a')].map((link) => link.getAttribute('href'));
    expect(persona).toEqual(['/personas/nadine/', `/personas/nadine/history/${short(4)}/`]);
    for (const link of persona) expect(await exists(join(link!, 'index.html'))).toBe(true);
    // A step whose id changed since is read on the revision page.
    const reworded = document.getElementById(`c-${short(2)}`)!;
    expect([...reworded.querySelectorAll('li.change a')].map((link) => link.getAttribute('href'))).toContain(
      `/journeys/livraison/history/${short(2)}/#step-suit-colis`,
    );
  });

  it('filters by level, persona and journey with plain links, and gives each month its page', async () => {
    const ids = async (path: string) => [...(await page(path)).querySelectorAll('article.commit')].map((entry) => entry.id);
    expect(await ids('changes/warn/index.html')).toEqual([`c-${short(3)}`]);
    // Nadine: her own file and the journey she is in, not Amélie's emotion.
    expect(await ids('changes/personas/nadine/index.html')).toEqual([6, 4, 2, 1].map((index) => `c-${short(index)}`));
    expect(await ids('changes/journeys/livraison/index.html')).toEqual([6, 3, 2, 1].map((index) => `c-${short(index)}`));
    expect(await ids('changes/2026-02/index.html')).toEqual([3, 2].map((index) => `c-${short(index)}`));
    const filters = [...(await page('changes/index.html')).querySelectorAll('nav.filters a')].map((link) => link.getAttribute('href'));
    expect(filters).toEqual(
      expect.arrayContaining(['/changes/', '/changes/warn/', '/changes/personas/amelie/', '/changes/personas/nadine/']),
    );
  });
});

describe('the pages of changes and dated claims', () => {
  it('have no serious or critical accessibility violation, and stay light', async () => {
    const { page: tab, problems } = await watchedPage(browser);
    const violations: string[] = [];
    for (const path of ['changes/', 'changes/warn/', 'changes/2026-02/', 'journeys/livraison/']) {
      await tab.goto(new URL(path, server.url).href);
      const found = await axeViolations(tab);
      violations.push(...found.map((text) => `${path}: ${text}`));
      if (path.startsWith('changes/')) expect(await tab.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await tab.context().close();
  });
});

describe('the feed of changes (/changes.xml)', () => {
  it('is Atom, one entry per commit that changed content, newest first, its changes as text', async () => {
    const xml = await readFile(join(out, 'changes.xml'), 'utf8');
    const feed = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(feed.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = feed.documentElement;
    expect([root.namespaceURI, root.localName]).toEqual(['http://www.w3.org/2005/Atom', 'feed']);
    const child = (element: Element, name: string) => [...element.children].find((candidate) => candidate.localName === name);
    expect(child(root, 'updated')!.textContent).toBe(LIVING_DATES[5]);
    const entries = [...root.children].filter((element) => element.localName === 'entry');
    expect(entries.map((entry) => child(entry, 'updated')!.textContent)).toEqual([6, 4, 3, 2, 1].map((index) => LIVING_DATES[index - 1]));
    expect(entries.map((entry) => child(entry, 'title')!.textContent)).toEqual([
      'Name the tracking step after what the customer does',
      'Nadine wants to choose her slot',
      'Amélie is let down at the door',
      'Interviews: 3-D Secure fails in the banking app',
      'Map the delivery journey',
    ]);
    const ids = entries.map((entry) => child(entry, 'id')!.textContent!);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(child(entries[2]!, 'content')!.textContent).toMatch(
      /^Commander et se faire livrer\n⚠ alerte\s*:\s*.*«\u00a0Reçoit le colis\u00a0»/,
    );
    expect(child(entries[2]!, 'author')!.textContent).toBe('Claire Martin');
    expect([...entries[2]!.children].find((element) => element.localName === 'link')!.getAttribute('href')).toBe(
      `/changes/2026-02/#c-${short(3)}`,
    );
  });

  it('is linked from the head of every page', async () => {
    for (const path of [
      'index.html',
      'changes/index.html',
      'journeys/livraison/index.html',
      `journeys/livraison/history/${short(2)}/index.html`,
      'personas/nadine/index.html',
    ]) {
      const link = (await page(path)).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), path).toBe('/changes.xml');
    }
  });
});

describe('since when each claim stands (data-since)', () => {
  it('dates each thought, pain point, opportunity and moment of truth by the commit of its wording', async () => {
    const document = await page('journeys/livraison/index.html');
    // A claim's own words: without its hypothesis mark, its date in words, its opportunity details.
    const words = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      for (const extra of copy.querySelectorAll('.hyp, .since, .nosrc, small')) extra.remove();
      return copy.textContent!.trim();
    };
    const dated = Object.fromEntries(
      [...document.querySelectorAll('.map [data-since]')].map((element) => [
        element.matches('.motc') ? 'moment' : words(element),
        element.getAttribute('data-since'),
      ]),
    );
    expect(dated).toEqual({
      'Il me le faut pour samedi.': '2026-01-10',
      "Le 3-D Secure échoue dans l'application bancaire": '2026-02-03',
      'Proposer le paiement en un clic': '2026-01-10',
      // Added to suit-colis on 3 February; the step's id changed on 15 March, not the thought.
      'Où en est mon colis ?': '2026-02-03',
      moment: '2026-01-10',
    });
    // The lists below the map date their pain points and opportunities the same way.
    expect(
      [...document.querySelectorAll('ul.pains li[data-since], table.opps th[data-since]')].map((element) => [
        words(element)
          .replace(/^⚠\s*/, '')
          .replace(/ — .*$/, ''),
        element.getAttribute('data-since'),
      ]),
    ).toEqual([
      ["Le 3-D Secure échoue dans l'application bancaire", '2026-02-03'],
      ['Proposer le paiement en un clic', '2026-01-10'],
    ]);
    expect(document.querySelector('.history-links a[href="/changes/journeys/livraison/"]')).not.toBeNull();
    // The pain point no commit holds yet has no date.
    const uncommitted = [...document.querySelectorAll('.map .pp li')].find((item) => item.textContent!.includes(UNCOMMITTED))!;
    expect(uncommitted.hasAttribute('data-since')).toBe(false);
  });

  it('says it in words on hover or focus', async () => {
    const { page: tab, problems } = await watchedPage(browser);
    await tab.goto(new URL('journeys/livraison/', server.url).href);
    const claim = tab.locator('.map li[data-since="2026-02-03"]').filter({ hasText: 'Où en est mon colis' });
    const words = claim.locator('.since');
    expect(await words.textContent()).toContain('depuis le 3 février 2026');
    expect(await words.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await claim.focus();
    expect(await words.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(20);
    await tab.mouse.move(0, 0);
    await tab
      .locator('h1')
      .focus()
      .catch(() => undefined);
    await tab.locator('.map p[data-since]').hover();
    expect(await tab.locator('.map p[data-since] .since').evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await tab.context().close();
  });

  it('flags claims older than reviewAgeDays that no evidence dated since supports', async () => {
    const document = await page('journeys/livraison/index.html');
    const insight = document.querySelector('[data-code="stale-claims"]')!;
    // 10 January to 1 May: 111 days, beyond 100; 3 February: 87 days.
    expect([...insight.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#step-choisit-article',
      '#step-paie',
      '#step-recoit-colis',
    ]);
    expect((await page('insights/index.html')).querySelector('[data-code="stale-claims"]')).not.toBeNull();
  });
});
