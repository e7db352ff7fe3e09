import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  commitScriptedHistory,
  CONTENT_DIR,
  createRepository,
  type TestRepository,
} from '../../src/core/history/git-repository.testing.ts';
import { serveStatic, type StaticServer } from '../../src/publish/serve-static.ts';
import { connectBrowser, watchedPage } from './browser.ts';
import { runParcours } from './run-parcours.ts';

// A scripted repository (src/core/history/git-repository.testing.ts) with a few more commits that
// edit a persona, built as a French site: the history pages of journeys and personas as a
// stakeholder reads them.
let repository: TestRepository;
let out: string;
let server: StaticServer;
let browser: Browser;
let personaCommits: string[];

const short = (commit: string) => commit.slice(0, 12);
const at = (path: string) => `${CONTENT_DIR}/${path}`;
const page = (path: string) => new JSDOM(readFileSync(join(out, path, 'index.html'), 'utf8')).window.document;

beforeAll(async () => {
  repository = createRepository();
  commitScriptedHistory(repository);
  const amelie = readFileSync(join(repository.dir, at('personas/amelie.yaml')), 'utf8');
  personaCommits = [
    repository.commit('Amélie also orders from her phone', {
      [at('personas/amelie.yaml')]: amelie.replace('preferredChannels: [web, email]', 'preferredChannels: [web, email, mobile-app]'),
    }),
    repository.commit('Amélie wants her parcel before Friday', {
      [at('personas/amelie.yaml')]: amelie
        .replace('preferredChannels: [web, email]', 'preferredChannels: [web, email, mobile-app]')
        .replace('  - Être livrée avant le week-end', '  - Être livrée avant vendredi\n  - Suivre son colis sans créer de compte')
        .replace('role: Cliente de la boutique en ligne\n', ''),
    }),
  ];
  out = mkdtempSync(join(tmpdir(), 'parcours-history-site-'));
  const run = runParcours(['build', '--root', join(repository.dir, CONTENT_DIR), '--out', join(out, 'site')], {
    PARCOURS_TODAY: inject('today'),
    PARCOURS_CACHE_DIR: join(out, 'cache'),
  });
  if (run.status !== 0) throw new Error(`parcours build exited ${run.status}:\n${run.stdout}${run.stderr}`);
  out = join(out, 'site');
  server = await serveStatic(out);
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  repository?.remove();
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('persona history', () => {
  it('lists the revisions of a persona, newest first, and is linked from its page', () => {
    const list = page('personas/amelie/history');
    const rows = [...list.querySelectorAll('.revisions tbody tr')];
    expect(rows.map((row) => row.querySelector('a')?.textContent)).toEqual([
      'Amélie wants her parcel before Friday',
      'Amélie also orders from her phone',
      'Add the delivery, returns and old journeys with their personas',
    ]);
    expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual(
      [...personaCommits]
        .reverse()
        .map((commit) => `/personas/amelie/history/${short(commit)}/`)
        .concat(expect.stringMatching(/^\/personas\/amelie\/history\/[0-9a-f]{12}\/$/)),
    );
    expect(page('personas/amelie').querySelector('a[href="/personas/amelie/history/"]')?.textContent).toMatch(/Historique \(3\)/);
  });

  it('shows a revision: its changes in French with names, and the profile with changed fields marked in words', () => {
    const revision = page(`personas/amelie/history/${short(personaCommits[1]!)}`);
    const changes = [...revision.querySelectorAll('.changes li')].map((item) => item.textContent ?? '');
    expect(changes.length).toBe(2);
    expect(changes.join('\n')).toContain('Amélie, pressée');
    const marked = Object.fromEntries(
      [...revision.querySelectorAll('.persona-revision [data-field]')].map((field) => [
        field.getAttribute('data-field'),
        field.querySelector('.mark')?.textContent?.trim() ?? '',
      ]),
    );
    expect(marked).toMatchObject({ name: '', goals: '~ modifié', role: '− retiré', preferredChannels: '' });
    const first = page(`personas/amelie/history/${short(personaCommits[0]!)}`);
    expect(first.querySelector('[data-field="preferredChannels"] .mark')?.textContent?.trim()).toBe('~ modifié');
    expect(first.querySelector('[data-field="preferredChannels"] dd')?.textContent).toContain('Application mobile');
  });

  it("leaves the journeys' history routes as they were", () => {
    expect(page('journeys/livraison/history').querySelectorAll('.revisions tbody tr').length).toBeGreaterThan(1);
    expect(page('journeys/livraison/history/compare').querySelector('form.compare')).not.toBeNull();
  });
});

describe('comparing two revisions of a journey in the browser', () => {
  const marksOn = (root: ParentNode) =>
    [...root.querySelectorAll<HTMLElement>('[data-step]')].flatMap((column) => [
      ...[...column.querySelectorAll('h4 .mark')].map((mark) => `${column.dataset.step}:step ${mark.textContent?.trim()}`),
      ...[...column.querySelectorAll<HTMLElement>('[data-lane]')].flatMap((cell) =>
        [...cell.querySelectorAll('.mark')].map((mark) => `${column.dataset.step}:${cell.dataset.lane} ${mark.textContent?.trim()}`),
      ),
    ]);

  it('shows the newest change with the map marked before any script runs', () => {
    const compare = page('journeys/livraison/history/compare');
    expect(marksOn(compare.querySelector('.compare-map')!)).toEqual(['paie:metrics ~ modifié']);
  });

  it('marks the cells that changed between the two chosen revisions, in words and symbols, and only those', async () => {
    const { page: tab, problems } = await watchedPage(browser);
    await tab.goto(new URL('journeys/livraison/history/compare/', server.url).href);
    const option = async (name: 'from' | 'to', message: string) => {
      const value = await tab.locator(`select[name="${name}"] option`, { hasText: message }).first().getAttribute('value');
      await tab.selectOption(`select[name="${name}"]`, value!);
    };
    const read = () =>
      tab
        .locator('.compare-map')
        .evaluate((section) =>
          [...section.querySelectorAll<HTMLElement>('[data-step]')].flatMap((column) => [
            ...[...column.querySelectorAll('h4 .mark')].map((mark) => `${column.dataset.step}:step ${mark.textContent?.trim()}`),
            ...[...column.querySelectorAll<HTMLElement>('[data-lane]')].flatMap((cell) =>
              [...cell.querySelectorAll('.mark')].map((mark) => `${column.dataset.step}:${cell.dataset.lane} ${mark.textContent?.trim()}`),
            ),
          ]),
        );
    await option('from', 'Rename the payment step');
    await option('to', 'Drop the phone line from payment');
    await tab.click('form.compare button');
    // The page opens on the newest change's marks, result list included: waiting for a list item
    // would pass before the script has drawn the chosen comparison, so the marks are polled.
    // The revision page of "Drop the phone line" marks only the touchpoint it removed: the step
    // moved and the emotion changed come from this comparison.
    await expect
      .poll(async () => (await read()).sort(), { timeout: 15_000 })
      .toEqual(['paie:touchpoints − retiré', 'recoit-colis:emotion ~ modifié', 'suit-colis:step ~ modifié']);
    await option('from', 'One-click payment shipped');
    await option('to', 'One-click payment shipped');
    await tab.click('form.compare button');
    await tab.locator('.result p').waitFor();
    await expect.poll(read, { timeout: 15_000 }).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the problems a revision page lists', () => {
  it("are written in the site's language with names, never backquoted ids", () => {
    const history = page('journeys/livraison/history');
    const first = [...history.querySelectorAll('.revisions tbody tr a')].find((link) => link.textContent === 'Rename the payment step')!;
    const revision = new JSDOM(readFileSync(join(out, first.getAttribute('href')!, 'index.html'), 'utf8')).window.document;
    const items = [...revision.querySelectorAll('.revision-problems li')];
    expect(items.map((item) => item.getAttribute('data-code'))).toContain('claims-without-evidence');
    expect(items.map((item) => item.getAttribute('data-code'))).toContain('emotion-cliff');
    for (const item of items) {
      const sentence = item.querySelector('span')!;
      expect(sentence.getAttribute('lang')).toBeNull();
      expect(sentence.textContent).not.toContain('`');
    }
    const text = items.map((item) => item.querySelector('span')!.textContent).join('\n');
    // Amélie's emotion falls when she has to call customer service: the step and the persona by their names.
    expect(text).toContain("Chute d'émotion");
    expect(text).toMatch(/«\s?Contacte le service client\s?» pour Amélie, pressée/);
    expect(text).toContain('Impasse');
    expect(text).toContain('Étapes concernées');
  });
});
