import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Project } from '../core/index.ts';
import { CHROMIUM_ARGS, chromiumEnv, locateChromium, readyChromium } from './find-chromium.ts';
import { pinGenericFonts } from './pin-generic-fonts.ts';

/** Where the PDFs of a built site go, relative to its root. */
export const journeyPdf = (id: string) => `journeys/${id}/journey.pdf`;
export const personaPdf = (id: string) => `personas/${id}/persona.pdf`;

/** Why a build draws no PDF, for the build's last lines to say in the content's language. */
export type PdfsLeftOut =
  | { kind: 'disabled' }
  | { kind: 'dev-server' }
  | { kind: 'too-many'; journeys: number; limit: number }
  | { kind: 'no-chromium'; detail: string };

export type PdfPlan = { draw: true; chromium: string } | { draw: false; why: PdfsLeftOut };

/**
 * Whether a build draws the PDF downloads, decided before the pages are rendered so that they
 * link only what will exist: not above `pdfMaxJourneys` journeys (Chromium takes about half a
 * second a page, which would dominate a large site's build), not without a Chromium to draw
 * them, and not when PARCOURS_PDF=0.
 */
export function planPdfs(project: Project, env: NodeJS.ProcessEnv = process.env): PdfPlan {
  const limit = project.config.pdfMaxJourneys;
  if (env.PARCOURS_PDF === '0') return { draw: false, why: { kind: 'disabled' } };
  if (project.journeys.length > limit) return { draw: false, why: { kind: 'too-many', journeys: project.journeys.length, limit } };
  const chromium = locateChromium(env);
  return chromium.found ? { draw: true, chromium: chromium.path } : { draw: false, why: { kind: 'no-chromium', detail: chromium.reason } };
}

export interface DrawnPdfs {
  /** Files written, relative to the site's root. */
  written: string[];
  /** Set when some could not be drawn: why, for the build to say. */
  failure?: string;
}

const MM = 96 / 25.4;
const MARGIN_MM = 10;
const A4_WIDTH_MM = 210;

/**
 * Draws each journey's poster (`journeys/<id>/poster/`) as `journey.pdf` and each persona's page
 * as `persona.pdf`, one page each, from the built site in `dir`. A PDF is kept
 * in `cache` under a digest of the page and style sheets it was drawn from and of the browser's
 * version, so posters of unchanged journeys are not drawn again. Chromium stamps each PDF with the
 * time it was made: the stamp becomes the site's day, so two builds of the same content are
 * byte-identical.
 */
export async function drawPdfs(
  dir: string,
  project: Project,
  { chromium, cache, base, site, today }: { chromium: string; cache: string; base: string; site?: string | undefined; today: string },
): Promise<DrawnPdfs> {
  const pages = [
    ...project.journeys.map((journey) => ({
      page: `journeys/${journey.id}/poster/`,
      out: journeyPdf(journey.id),
      kind: 'poster' as const,
    })),
    ...project.personas.map((persona) => ({ page: `personas/${persona.id}/`, out: personaPdf(persona.id), kind: 'persona' as const })),
  ];
  const folder = join(cache, 'pdf');
  const written: string[] = [];
  // Pages are loaded at the site's published address, answered from `dir` (see openTab), so the
  // links a PDF keeps lead to the site; without a baseUrl there is no such address and the PDF
  // keeps the text of its links but not their targets.
  const origin = site ? new URL(site).origin : UNPUBLISHED;
  let browser: import('playwright').Browser | undefined;
  let tab: import('playwright').Page | undefined;
  try {
    // Which browser drew a PDF, without starting it (a build whose PDFs are all kept starts no browser):
    // an upgrade replaces the executable, which changes its size or time. The packaged Chromium is
    // unpacked first (once), so that its stamp is the same before and after; a failure to unpack
    // it is a failure to draw, which says how to build without PDFs.
    const browserStamp = await readyChromium(chromium)
      .then((path) => realpath(path))
      .then(async (path) => {
        const info = await stat(path);
        return `${path}\u0000${info.size}\u0000${info.mtimeMs}`;
      });
    for (const { page, out, kind } of pages) {
      const html = await readFile(join(dir, page, 'index.html'), 'utf8');
      const styles = await Promise.all(
        [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
          readFile(join(dir, match[1]!.slice(base.length)), 'utf8').catch(() => ''),
        ),
      );
      const key = createHash('sha256')
        .update([browserStamp, origin, kind, today, html, ...styles].join('\u0000'))
        .digest('hex');
      let pdf = await cachedPdf(folder, key);
      if (!pdf) {
        browser ??= await launch(chromium);
        tab ??= await openTab(browser, dir, origin, base);
        pdf = await draw(tab, `${origin}${base}${page}`, kind, today, origin !== UNPUBLISHED);
        await keep(folder, key, pdf);
      }
      await mkdir(join(dir, out, '..'), { recursive: true });
      await writeFile(join(dir, out), pdf);
      written.push(out);
    }
    return { written };
  } catch (error) {
    // One sentence, without its full stop: the build's message goes on after it.
    return { written, failure: (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/\.$/, '') };
  } finally {
    await browser?.close();
  }
}

async function launch(executablePath: string): Promise<import('playwright').Browser> {
  const { chromium } = await import('playwright');
  return chromium.launch({
    executablePath,
    // The PDF's time stamp is written in the browser's time zone: UTC keeps its length fixed (see sameDay).
    env: { ...process.env, ...chromiumEnv(executablePath), TZ: 'UTC' },
    args: CHROMIUM_ARGS,
  });
}

/** The address pages are loaded at when the config gives no baseUrl: reserved, never resolved. */
const UNPUBLISHED = 'https://parcours.invalid';

/**
 * One tab for every page, whose requests to the site's address are answered with the files of the
 * built site in `dir`, and every other request refused: a picture linked on another host would
 * make the build wait on the network (or on its absence) and the PDF depend on it.
 */
async function openTab(
  browser: import('playwright').Browser,
  dir: string,
  origin: string,
  base: string,
): Promise<import('playwright').Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      const path = decodeURIComponent(url.pathname);
      if (url.origin !== origin || !path.startsWith(base)) return route.abort();
      // normalize on a rooted path cannot climb above it, so the file stays inside dir.
      const file = join(dir, normalize(`/${path.slice(base.length)}`), path.endsWith('/') ? 'index.html' : '');
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
    },
  );
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  return page;
}

/**
 * One page holding the whole of `url`, as tall as its content measured in print: the poster as
 * wide as its `@page` rule says (grown when its content is wider), a persona's page on an A4-wide
 * sheet. The size measured is set by a last `@page` rule, because Chromium keeps
 * the orientation of the site's print rule (A3 landscape) even for sizes passed to it.
 */
async function draw(
  page: import('playwright').Page,
  url: string,
  kind: 'poster' | 'persona',
  today: string,
  published: boolean,
): Promise<Buffer> {
  await page.goto(url, { waitUntil: 'load' });
  // Thumbnails load lazily, as they come into a view the print never scrolls: load them all and
  // wait for them, or whether a picture made it into the PDF would depend on timing.
  // Players have nothing to play on paper, and their controls draw a spinner, caught at whatever
  // angle it had when printed: they go (their captions and transcripts stay).
  await page.evaluate(() => {
    for (const player of document.querySelectorAll('audio, video')) player.remove();
    return Promise.all(
      [...document.images].map((image) => {
        image.loading = 'eager';
        return image.decode().catch(() => undefined);
      }),
    );
  });
  await pinGenericFonts(page);
  if (!published) {
    // Links to an address nobody can reach would only mislead: they stay as text.
    await page.evaluate(() => {
      for (const link of document.querySelectorAll('a[href]')) link.removeAttribute('href');
    });
  }
  const css =
    kind === 'poster'
      ? await page.evaluate(() =>
          /size:\s*([\d.]+)mm\s+([\d.]+)mm/
            .exec([...document.querySelectorAll('style')].map((style) => style.textContent).join('\n'))
            ?.slice(1)
            .map(Number),
        )
      : undefined;
  // The sheet is the size of what it holds, measured as printed: the poster's own estimate
  // (posterSize) only sets the width to start from, so no blank band is left under the map and a
  // map taller than estimated still fits on one page.
  let widthMm = css?.[0] ?? A4_WIDTH_MM;
  // Measured as printed: the font pinning's DevTools session leaves the page in screen media,
  // where a sheet narrower than 48rem would take the phone layout.
  await page.emulateMedia({ media: 'print' });
  const measure = async () => {
    // A short viewport, so that the document's scroll height is its content's, not the window's.
    await page.setViewportSize({ width: Math.ceil((widthMm - 2 * MARGIN_MM) * MM), height: 100 });
    return page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
  };
  let content = await measure();
  if (content.width / MM + 2 * MARGIN_MM > widthMm + 0.5) {
    // Wider than planned (a long word, a wide table): measured again at that width, where it wraps less.
    widthMm = Math.ceil(content.width / MM + 2 * MARGIN_MM);
    content = await measure();
  }
  const width = Math.ceil(widthMm);
  // One millimetre of slack: Chromium rounds the page's content box down to whole device pixels.
  const height = Math.ceil(content.height / MM + 2 * MARGIN_MM) + 1;
  // Added by evaluate: addStyleTag waits on a load event that never comes with scripts off.
  await page.evaluate((rule) => {
    // The poster's own estimate goes: of two `!important` sizes, Chromium keeps the first.
    for (const own of document.querySelectorAll('style')) if (own.textContent?.includes('@page')) own.remove();
    const style = document.createElement('style');
    style.textContent = rule;
    document.head.append(style);
  }, `@page { size: ${width}mm ${height}mm !important; margin: ${MARGIN_MM}mm !important; }`);
  return sameDay(await page.pdf({ printBackground: true, preferCSSPageSize: true }), today);
}

/**
 * The PDF with its creation and modification times set to the site's day at midnight, written in
 * as many bytes as Chromium's own (D:YYYYMMDDHHmmSS+00'00', in UTC), so that no offset of the
 * file's cross-reference table moves.
 */
export function sameDay(pdf: Buffer, today: string): Buffer {
  const text = pdf.toString('latin1');
  const stamp = `D:${today.replaceAll('-', '')}000000+00'00'`;
  const fixed = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (whole, name: string, date: string) =>
    date.length === stamp.length ? `/${name} (${stamp})` : whole,
  );
  return Buffer.from(fixed, 'latin1');
}

async function cachedPdf(folder: string, key: string): Promise<Buffer | undefined> {
  const bytes = await readFile(join(folder, `${key}.pdf`)).catch(() => undefined);
  // A file cut short (a build killed while writing) lacks the trailer: drawn again.
  return bytes && bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-8).toString('latin1').includes('%%EOF')
    ? bytes
    : undefined;
}

async function keep(folder: string, key: string, pdf: Buffer): Promise<void> {
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${key}.pdf`);
  await writeFile(`${file}.${process.pid}.tmp`, pdf);
  await rename(`${file}.${process.pid}.tmp`, file);
}
