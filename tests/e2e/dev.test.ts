import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, watchedPage } from './browser.ts';
import { type DevServer, startDevServer } from './run-parcours.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let content: string;
let dev: DevServer | undefined;
let url: string;
let browser: Browser;

beforeAll(async () => {
  // A copy of the examples, so the test can edit it.
  content = await mkdtemp(join(tmpdir(), 'parcours-e2e-dev-'));
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
    await cp(join(repo, entry), join(content, entry), { recursive: true });
  dev = await startDevServer(content);
  url = dev.url;
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  await rm(content, { recursive: true, force: true });
});

describe('parcours dev', () => {
  it('serves the content on 127.0.0.1 and reloads the page when a journey changes', async () => {
    const { page, problems } = await watchedPage(browser);
    const file = join(content, 'journeys', 'retour-article.yaml');
    // The first view waits for Vite's dependency optimizer (tens of seconds on a busy two-core
    // machine); the speed of later views is bench:dev's business, not this test's.
    await page.goto(new URL('journeys/retour-article/', url).href, { timeout: 110_000 });
    expect(await page.locator('h1').innerText()).toContain('Retourner un article');

    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace(/^title: .*$/m, 'title: Renvoyer un colis modifié'));
    await reloaded;
    expect(await page.locator('h1').innerText()).toContain('Renvoyer un colis modifié');
    expect(dev!.output()).toContain('retour-article.yaml modifié ; rechargement.');
    expect(problems).toEqual([]);
  });

  it('prints the problems of content that became invalid once, in its language, and shows its own error page', async () => {
    const file = join(content, 'journeys', 'retour-article.yaml');
    const yaml = await readFile(file, 'utf8');
    const before = dev!.output().length;
    await writeFile(file, yaml.replace(/^state: current$/m, 'state: curent'));
    await expect.poll(() => dev!.output().slice(before), { timeout: 30_000 }).toMatch(/retour-article\.yaml:\d+:\d+ erreur invalid-value/);

    const { page } = await watchedPage(browser);
    const response = await page.goto(new URL('journeys/retour-article/', url).href, { timeout: 60_000 });
    expect(response?.status()).toBe(500);
    expect(await page.locator('h1').innerText()).toBe('Le contenu a des erreurs');
    // Errors first, each with its place, hint and code frame; the warnings folded below them.
    const first = page.locator('ol.errors > li').first();
    expect(await first.locator('.place').innerText()).toMatch(/retour-article\.yaml:\d+:\d+ invalid-value/);
    expect(await first.locator('.hint').innerText()).toContain('Vouliez-vous dire current');
    expect(await first.locator('pre').innerText()).toContain('state: curent');
    expect(await page.locator('details > summary').innerText()).toMatch(/^\d+ avertissements$/);
    expect(await page.locator('details ol.warnings > li').first().isVisible()).toBe(false);
    // The terminal says it once, with no stack trace: Astro rendered nothing, so it logged nothing.
    const said = dev!.output().slice(before);
    expect(said.match(/erreur invalid-value/g)).toHaveLength(1);
    expect(said).not.toMatch(/^\s+at /m);
    expect(said).not.toContain('ContentError');

    // Fixed, the page comes back by itself: the error page loads Vite's client, which reloads it.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await writeFile(file, yaml);
    await reloaded;
    expect(await page.locator('h1').innerText()).toContain('Renvoyer un colis modifié');
  });
});
