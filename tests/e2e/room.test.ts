// Issue 12, "maps for the room": what a workshop or an executive review takes out of the site,
// checked in Chromium against the example site.
import { axeViolations } from './axe.ts';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/core/index.ts';
import type { Project } from '../../src/core/model/built-project.ts';
import { connectBrowser, watchedPage, type WatchedPage } from './browser.ts';
import { readPdf } from './read-pdf.ts';
import { runParcours } from './run-parcours.ts';

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

const linked = () =>
  project.journeys.flatMap((journey) =>
    journey.steps.flatMap((step) =>
      step.opportunities.filter((opportunity) => opportunity.link).map((opportunity) => ({ journey, step, opportunity })),
    ),
  );

describe('the impact × effort matrix', () => {
  it('is drawn without script on the backlog and on each journey page with opportunities, a mark per rated opportunity linked to its step', async () => {
    const pages = [
      { route: 'opportunities/', journeys: project.journeys },
      ...project.journeys
        .filter((journey) => journey.steps.some((step) => step.opportunities.length > 0))
        .map((journey) => ({ route: `journeys/${journey.id}/`, journeys: [journey] })),
    ];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { route, journeys } of pages) {
      await page.goto(new URL(route, site).href);
      const svg = page.locator('.imx svg[role="img"]');
      expect(await svg.count(), route).toBe(1);
      const labelled = await svg.evaluate((element) =>
        element
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? ''),
      );
      expect(labelled[0], route).not.toBe('');
      expect(labelled[1], route).toMatch(/impact/i);
      expect(labelled[1], route).toMatch(/effort/i);
      // A mark per rated opportunity, in the shape of its step (a star on a moment of truth, a triangle on pain points), and a link to the step.
      const shapeOf = (step: { momentOfTruth: boolean; painPoints: readonly unknown[] }) =>
        step.momentOfTruth ? 'star' : step.painPoints.length > 0 ? 'triangle' : 'circle';
      const rated = journeys.flatMap((journey) =>
        journey.steps.flatMap((step) =>
          step.opportunities
            .filter((opportunity) => opportunity.impact && opportunity.effort)
            .map(() => ({ step: `${journey.id}#step-${step.id}`, shape: shapeOf(step) })),
        ),
      );
      const marks = await svg
        .locator('use[data-step]')
        .evaluateAll((uses) => uses.map((use) => `${use.getAttribute('data-step')} ${use.getAttribute('href')!.split('-').at(-1)}`));
      expect(marks.sort(), route).toEqual(rated.map(({ step, shape }) => `${step} ${shape}`).sort());
      const links = await page
        .locator('.imx .hits a[data-status]')
        .evaluateAll((anchors) =>
          anchors
            .map((anchor) => new URL(anchor.getAttribute('href')!, document.baseURI))
            .map((url) => `${url.pathname.split('/').at(-2)}${url.hash}`),
        );
      expect(links.sort(), route).toEqual(rated.map(({ step }) => step).sort());
    }
    await context.close();
  });

  it('filters its marks with the status filter of the backlog', async () => {
    await watched.page.goto(new URL('opportunities/', site).href);
    const visible = () =>
      watched.page
        .locator('.imx use[data-status]')
        .evaluateAll((links) =>
          links.filter((link) => getComputedStyle(link).display !== 'none').map((link) => link.getAttribute('data-status')),
        );
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

describe('the map on a phone', () => {
  it('never makes a journey page wider than a 390 px screen, and shows each step as a card naming its lanes', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const journey of project.journeys) {
      await page.goto(new URL(`journeys/${journey.id}/`, site).href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), journey.id).toBeLessThanOrEqual(390);
      const step = journey.steps[0]!;
      const card = page.locator(`article.step:has(#step-${step.id})`);
      const box = (await card.boundingBox())!;
      expect(box.x + box.width, journey.id).toBeLessThanOrEqual(390);
      // The emotion of each persona is written out, not only drawn.
      const emotion = await card.locator('.emo').innerText();
      for (const key of journey.curves.filter((key) => step.emotion[key] !== undefined))
        expect(emotion, journey.id).toContain(String(Math.abs(step.emotion[key]!)));
      expect(
        await card
          .locator('[data-lane]:not(.emo)')
          .first()
          .evaluate((cell) => getComputedStyle(cell, '::before').content),
        journey.id,
      ).not.toBe('none');
    }
    await context.close();
  });
});

describe('media in the map', () => {
  const media = () =>
    project.journeys.flatMap((journey) =>
      journey.steps.flatMap((step) =>
        step.attachments
          .filter((item) => ['image', 'audio', 'video'].includes(item.kind ?? ''))
          .map((attachment) => ({ journey, step, attachment })),
      ),
    );

  it('shows images with their title as alternative text, players that load and play nothing until asked, and transcripts on the page', async () => {
    expect(media().length).toBeGreaterThan(2);
    const requested: string[] = [];
    watched.page.on('request', (request) => {
      if (/\.(wav|mp3|mp4|webm)$/.test(new URL(request.url()).pathname)) requested.push(request.url());
    });
    for (const journey of new Set(media().map((entry) => entry.journey))) {
      await watched.page.goto(new URL(`journeys/${journey.id}/`, site).href);
      const shown = await watched.page.evaluate(() => ({
        images: [...document.querySelectorAll('.media img')].map((image) => ({
          alt: image.getAttribute('alt'),
          opens: image.closest('a')?.getAttribute('href') === image.getAttribute('src'),
        })),
        players: [...document.querySelectorAll('.media audio, .media video')].map((player) => ({
          preload: player.getAttribute('preload'),
          autoplay: player.hasAttribute('autoplay'),
          paused: (player as HTMLMediaElement).paused,
          controls: player.hasAttribute('controls'),
        })),
        transcripts: [...document.querySelectorAll('.transcript')].map((element) => element.textContent ?? ''),
      }));
      for (const { attachment, step } of media().filter((entry) => entry.journey === journey)) {
        if (attachment.kind === 'image') expect(shown.images, step.id).toContainEqual({ alt: attachment.title, opens: true });
        // Compared on letters and digits: Markdown turns quotes and emphasis into other characters.
        const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
        if (attachment.transcript)
          expect(
            shown.transcripts.some((text) => letters(text).includes(letters(attachment.transcript!).slice(0, 30))),
            step.id,
          ).toBe(true);
      }
      for (const player of shown.players)
        expect(player, journey.id).toEqual({ preload: 'none', autoplay: false, paused: true, controls: true });
    }
    expect(requested).toEqual([]);
  });

  it('fails validate at the line of a media file missing under public/', () => {
    const run = runParcours(['validate', '--root', fileURLToPath(new URL('../bad-input/media-files/', import.meta.url))]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/journeys\/visite\.yaml:13:\d+ erreur media-file-missing/);
    expect(run.stdout).toMatch(/journeys\/visite\.yaml:14:\d+ avertissement media-without-transcript/);
  });
});

describe('the poster', () => {
  it('prints each journey, every stage, step and lane, on one page with text as text, nothing under 8 pt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parcours-poster-'));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const journey of project.journeys) {
        await page.goto(new URL(`journeys/${journey.id}/poster/`, site).href);
        await page.emulateMedia({ media: 'print' });
        const tooSmall = await page.evaluate(() =>
          [...document.querySelectorAll('.poster *')]
            .filter(
              (element) =>
                !(element instanceof SVGElement) &&
                element.getClientRects().length > 0 &&
                [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
            )
            .filter((element) => parseFloat(getComputedStyle(element).fontSize) < (8 * 96) / 72 - 0.01)
            .map((element) => `${element.tagName}.${element.className}: ${getComputedStyle(element).fontSize}`),
        );
        expect(tooSmall, journey.id).toEqual([]);
        const pdf = join(dir, `${journey.id}.pdf`);
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        // In the order the page draws text, so a step name wrapped in its column reads whole.
        const { pages, text } = await readPdf(pdf);
        expect(pages, journey.id).toBe(1);
        const missing = [journey.title, ...journey.stages.map((stage) => stage.name), ...journey.steps.map((step) => step.name)].filter(
          (name) => !text.includes(name.replace(/\s+/g, ' ')),
        );
        expect(missing, journey.id).toEqual([]);
      }
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the PDF downloads', () => {
  const dir = inject('examples').dir;
  const pdfText = async (file: string) => (await readPdf(file)).text;
  const pageCount = async (file: string) => (await readPdf(file)).pages;

  it("draw each journey's poster as journey.pdf, one page with every stage and step name as text, linked from the journey page", async () => {
    for (const journey of project.journeys) {
      const file = join(dir, 'journeys', journey.id, 'journey.pdf');
      expect(await pageCount(file), journey.id).toBe(1);
      const text = await pdfText(file);
      const missing = [journey.title, ...journey.stages.map((stage) => stage.name), ...journey.steps.map((step) => step.name)].filter(
        (name) => !text.includes(name.replace(/\s+/g, ' ')),
      );
      expect(missing, journey.id).toEqual([]);
      expect(await readFile(join(dir, 'journeys', journey.id, 'index.html'), 'utf8')).toContain(
        `href="/journeys/${journey.id}/journey.pdf" download`,
      );
      // The examples set no baseUrl: a link would lead nowhere (once, to the build's own server), so none is kept.
      expect((await readFile(file)).toString('latin1'), journey.id).not.toContain('/URI');
    }
  });

  it("keep the links of the published site's address when the config gives one, and are drawn up to pdfMaxJourneys", async () => {
    const work = await mkdtemp(join(tmpdir(), 'parcours-pdf-links-'));
    try {
      const root = join(work, 'content');
      for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
        await cp(join(repo, entry), join(root, entry), { recursive: true });
      await appendFile(
        join(root, 'parcours.config.yaml'),
        `\nbaseUrl: https://cx.example.com/parcours/\npdfMaxJourneys: ${project.journeys.length}\n`,
      );
      const out = join(work, 'site');
      const run = runParcours(['build', '--root', root, '--out', out], {
        PARCOURS_TODAY: inject('today'),
        PARCOURS_CACHE_DIR: join(work, 'cache'),
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('Left out');
      const pdf = (await readFile(join(out, 'journeys', 'retour-article', 'journey.pdf'))).toString('latin1');
      const targets = [...pdf.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]!);
      expect(targets, targets.join(' ')).toContain('https://cx.example.com/parcours/journeys/retour-article/');
      expect(targets.filter((target) => !target.startsWith('https://cx.example.com/parcours/'))).toEqual([]);
      expect(await pageCount(join(out, 'personas', project.personas[0]!.id, 'persona.pdf'))).toBe(1);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 240_000);

  it("draw each persona's page as persona.pdf, one page, linked from it", async () => {
    for (const persona of project.personas) {
      const file = join(dir, 'personas', persona.id, 'persona.pdf');
      expect(await pageCount(file), persona.id).toBe(1);
      expect(await pdfText(file), persona.id).toContain(persona.name.replace(/\s+/g, ' '));
      expect(await readFile(join(dir, 'personas', persona.id, 'index.html'), 'utf8')).toContain(
        `href="/personas/${persona.id}/persona.pdf" download`,
      );
    }
  });

  it('are left out above pdfMaxJourneys, and the build says so, links none and keeps the poster pages', async () => {
    const work = await mkdtemp(join(tmpdir(), 'parcours-pdf-limit-'));
    try {
      const root = join(work, 'content');
      for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
        await cp(join(repo, entry), join(root, entry), { recursive: true });
      await appendFile(join(root, 'parcours.config.yaml'), '\npdfMaxJourneys: 2\n');
      const out = join(work, 'site');
      const run = runParcours(['build', '--root', root, '--out', out], {
        PARCOURS_TODAY: inject('today'),
        PARCOURS_CACHE_DIR: join(work, 'cache'),
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain(
        `Téléchargements journey.pdf et persona.pdf non produits (${project.journeys.length} parcours, plus que pdfMaxJourneys (2) dans parcours.config.yaml)`,
      );
      expect((await readdir(out, { recursive: true })).filter((file) => file.endsWith('.pdf'))).toEqual([]);
      const journey = project.journeys[0]!.id;
      expect(await readFile(join(out, 'journeys', journey, 'index.html'), 'utf8')).not.toContain('journey.pdf');
      expect(await readdir(join(out, 'journeys', journey, 'poster'))).toEqual(['index.html']);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('the new kinds of page', () => {
  it('have no serious or critical accessibility violation: poster, a map with media, a status page, insights, review', async () => {
    const journey = project.journeys[0]!.id;
    const withMedia = project.journeys.find((candidate) =>
      candidate.steps.some((step) => step.attachments.some((item) => item.kind === 'audio')),
    )!.id;
    const violations: string[] = [];
    for (const kind of [`journeys/${journey}/poster/`, `journeys/${withMedia}/`, 'opportunities/status/done/', 'insights/', 'review/']) {
      const url = new URL(kind, site).href;
      await watched.page.goto(url);
      const found = await axeViolations(watched.page);
      violations.push(...found.map((text) => `${url}: ${text}`));
    }
    expect(violations).toEqual([]);
  });
});
