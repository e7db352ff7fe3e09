import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { connectBrowser } from './browser.ts';
import { startDevServer } from './run-parcours.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const journey = 'mutuelle-adhesion-remboursement';

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('observed journeys in the built examples', () => {
  it('publish no case id and no row of the log, in any page or download', async () => {
    const log = await readFile(join(repo, 'data/events/adhesion-mutuelle.csv'), 'utf8');
    const rows = log.trim().split('\n').slice(1);
    const ids = new Set(rows.map((row) => row.split(',')[0]!));
    expect(ids.size).toBeGreaterThan(100);
    const stamps = new Set(rows.map((row) => row.split(',')[1]!));
    let checked = 0;
    for await (const path of files(inject('examples').dir)) {
      const text = (await readFile(path)).toString('latin1');
      const found = [...text.matchAll(/ADH-[0-9A-Z]+/g)].map((match) => match[0]).filter((id) => ids.has(id));
      expect(found, path).toEqual([]);
      const times = [...text.matchAll(/2026-\d\d-\d\dT\d\d:\d\d:\d\dZ/g)].map((match) => match[0]).filter((stamp) => stamps.has(stamp));
      expect(times, path).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('write observed.json in the documented shape, with step ids and no figure under the minimum of cases', async () => {
    const observed = JSON.parse(await readFile(join(inject('examples').dir, 'journeys', journey, 'observed.json'), 'utf8'));
    expect(observed).toMatchObject({ format: 'parcours-observed/1', journey, minCases: 10, cases: 900 });
    const ids: string[] = observed.steps.map((step: { id: string }) => step.id);
    expect(ids.slice(0, 3)).toEqual(['compare-garanties', 'demande-devis', 'remplit-adhesion']);
    for (const pair of observed.directlyFollows) {
      expect(ids).toContain(pair.from);
      expect(ids).toContain(pair.to);
      expect(pair.cases).toBeGreaterThanOrEqual(10);
    }
    for (const list of [observed.starts, observed.ends, observed.variants])
      for (const entry of list) expect(entry.count).toBeGreaterThanOrEqual(10);
    for (const step of observed.steps) if (step.reached !== undefined) expect(step.reached).toBeGreaterThanOrEqual(10);
  });

  it('show the observed lane, the flow of channel switches as SVG with a table of its figures, and the insights, without JavaScript', async () => {
    const html = await readFile(join(inject('examples').dir, 'journeys', journey, 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('id="observed"'));
    expect(section).toMatch(/<ol class="ogrid[^"]*"/);
    expect(section).toMatch(/<svg[^>]*role="img"[\s\S]*<path d="M/);
    expect(section).toMatch(/<table class="data[^"]*"[^>]*>[\s\S]*Téléphone/);
    expect(section).toContain('observed.json');
    const insights = await readFile(join(inject('examples').dir, 'insights', 'index.html'), 'utf8');
    expect(insights).toContain(`journeys/${journey}/#observed`);
  });

  it("reads on a phone: a card per step with its name, the flow drawn at its labels' size, no sideways scroll of the page, axe clean", async () => {
    const browser = await connectBrowser();
    try {
      for (const width of [390, 1440]) {
        // With JavaScript, which axe needs; the lane and the flow are drawn without it.
        const context = await browser.newContext({ viewport: { width, height: 844 } });
        const page = await context.newPage();
        await page.goto(new URL(`journeys/${journey}/`, inject('examples').url).href);
        const shown = await page.evaluate(() => {
          const section = document.querySelector('section.observed')!;
          const visible = (element: Element) => getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().width > 0;
          const flows = [...section.querySelectorAll('figure.oflow svg')].filter(visible);
          const label = flows[0]?.querySelector('text');
          const cell = section.querySelector('.ocell')!;
          const name = cell.querySelector('.sr')!.getBoundingClientRect();
          return {
            pageWidth: document.documentElement.scrollWidth,
            labelColumn: visible(section.querySelector('.olabel')!) ? section.querySelector('.olabel')!.getBoundingClientRect().width : 0,
            cellWidth: cell.getBoundingClientRect().width,
            nameShown: name.width > 1 && name.height > 1,
            flows: flows.map((svg) => svg.getAttribute('class')),
            // The size a label reads at: its font size times the drawing's scale on screen.
            labelPx: label
              ? Number.parseFloat(getComputedStyle(label).fontSize) *
                (flows[0]!.getBoundingClientRect().width / (flows[0] as SVGSVGElement).viewBox.baseVal.width)
              : 0,
            flowRight: flows[0]!.getBoundingClientRect().right,
          };
        });
        expect(shown.pageWidth, `${width} px`).toBeLessThanOrEqual(width);
        expect(shown.flows, `${width} px`).toEqual([width === 390 ? 'narrow' : 'wide']);
        expect(shown.labelPx, `${width} px`).toBeGreaterThanOrEqual(11);
        expect(shown.flowRight, `${width} px`).toBeLessThanOrEqual(width);
        if (width === 390) {
          expect(shown.labelColumn).toBe(0);
          expect(shown.nameShown).toBe(true);
          expect(shown.cellWidth).toBeGreaterThan(300);
        }
        expect(await axeViolations(page, { all: true }), `${width} px`).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});

describe('parcours dev with event logs', () => {
  it('refreshes the Observed lane when a log changes or is added, and shows a bad log on the error page', async () => {
    const content = await mkdtemp(join(tmpdir(), 'parcours-e2e-observed-dev-'));
    for (const entry of ['journeys', 'personas', 'public', 'data', 'parcours.config.yaml'])
      await cp(join(repo, entry), join(content, entry), { recursive: true });
    const dev = await startDevServer(content);
    const browser = await connectBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      const address = new URL(`journeys/${journey}/`, dev.url).href;
      const casesShown = async () =>
        Number((await page.locator('section.observed > p').first().innerText()).match(/^([\d\s\u202f]+) cas/)?.[1]?.replace(/\D/g, ''));
      // The first view waits for Vite's dependency optimizer (tens of seconds on a busy two-core machine).
      await page.goto(address, { timeout: 110_000 });
      expect(await casesShown()).toBe(900);

      // The log rewritten with the events of its first 300 cases, in several writes as an export does.
      const log = await readFile(join(content, 'data/events/adhesion-mutuelle.csv'), 'utf8');
      const [header, ...rows] = log.trim().split('\n');
      const kept = new Set([...new Set(rows.map((row) => row.split(',')[0]))].slice(0, 300));
      const subset = rows.filter((row) => kept.has(row.split(',')[0]!));
      const file = join(content, 'data/events/adhesion-mutuelle.csv');
      let reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await writeFile(file, `${header}\n${subset.slice(0, 100).join('\n')}\n`);
      await writeFile(file, `${header}\n${subset.join('\n')}\n`);
      await reloaded;
      await expect.poll(casesShown, { timeout: 30_000 }).toBe(300);

      // A second log added beside it, with the other cases: they are counted together.
      reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await writeFile(
        join(content, 'data/events/autres.csv'),
        `${header}\n${rows.filter((row) => !kept.has(row.split(',')[0]!)).join('\n')}\n`,
      );
      await reloaded;
      await expect.poll(casesShown, { timeout: 30_000 }).toBe(900);

      // A log without its case column: the dev error page names it, and the server goes on.
      reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await writeFile(join(content, 'data/events/casse.csv'), 'quand,evenement\n2026-01-05T02:16:31Z,web:/garanties\n');
      await reloaded;
      await expect
        .poll(async () => (await page.locator('.problems.errors .code').allInnerTexts()).join(' '), { timeout: 30_000 })
        .toContain('events-missing-column');
      expect(await page.locator('.problems.errors .place code').first().innerText()).toContain('casse.csv');

      reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await rm(join(content, 'data/events/casse.csv'));
      await reloaded;
      await expect.poll(casesShown, { timeout: 30_000 }).toBe(900);
      expect(dev.process.exitCode).toBeNull();
    } finally {
      await browser.close();
      await dev.stop();
      await rm(content, { recursive: true, force: true });
    }
  }, 240_000);
});
