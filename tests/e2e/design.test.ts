import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { checkProject, type Project } from '../../src/core/index.ts';
import { CONTENT_DIR, createRepository, type TestRepository } from '../../src/core/history/git-repository.testing.ts';
import { serveStatic, type StaticServer } from '../../src/publish/serve-static.ts';
import { axeViolations } from './axe.ts';
import { connectBrowser } from './browser.ts';
import { designContent, THEME } from './generate-design-content.ts';
import { labelOffsets, layoutDefects, overlappingLabels } from './measure-design.ts';
import { pdfPageToPng } from './pdf-to-png.ts';
import { type PdfPage, readPdf } from './read-pdf.ts';
import { runParcours } from './run-parcours.ts';

// The design as a stakeholder meets it (issue 20), measured in Chromium on the examples and on
// generated content: journeys with 1 to 5 personas, long names, many touchpoints, moments of truth.
// Screenshots of the key pages are left in SHOTS for a person to look at; nothing compares pixels.
const SHOTS = join(tmpdir(), 'parcours-design-shots');
let repository: TestRepository;
let work: string;
let generated: { dir: string; url: string };
let server: StaticServer;
let browser: Browser;
let examplesProject: Project;
let generatedProject: Project;

beforeAll(async () => {
  repository = createRepository();
  const at = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([path, text]) => [`${CONTENT_DIR}/${path}`, text]));
  repository.commit('Generated journeys', at(designContent(0)));
  repository.commit('Emotions move after the interviews', at(designContent(1)));
  work = mkdtempSync(join(tmpdir(), 'parcours-design-'));
  const dir = join(work, 'site');
  const run = runParcours(['build', '--root', join(repository.dir, CONTENT_DIR), '--out', dir], {
    PARCOURS_TODAY: inject('today'),
    PARCOURS_CACHE_DIR: join(work, 'cache'),
  });
  if (run.status !== 0) throw new Error(`parcours build exited ${run.status}:\n${run.stdout}${run.stderr}`);
  server = await serveStatic(dir);
  generated = { dir, url: server.url };
  browser = await connectBrowser();
  ({ project: generatedProject } = await checkProject(join(repository.dir, CONTENT_DIR)));
  ({ project: examplesProject } = await checkProject(fileURLToPath(new URL('../../', import.meta.url))));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  repository?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Pages of a built site whose HTML draws an emotion curve, as paths from its root. */
function chartPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html' && readFileSync(path, 'utf8').includes('class="chart'))
        found.push(`${relative(dir, folder)}/`.replace(/^\/$/, ''));
    }
  };
  walk(dir);
  return found.sort();
}

async function offsetsAt(page: Page, url: string) {
  await page.goto(url);
  return labelOffsets(page);
}

describe('the emotion curve reads right everywhere', () => {
  for (const which of ['examples', 'generated'] as const) {
    it(`puts every scale label on its value's line, apart from the others, at 1440 and 390 px and in print (${which})`, async () => {
      const site = which === 'examples' ? inject('examples') : generated;
      const pages = chartPages(site.dir);
      expect(pages.some((path) => /^journeys\/[^/]+\/$/.test(path))).toBe(true);
      expect(pages.some((path) => /^personas\/[^/]+\/$/.test(path))).toBe(true);
      expect(pages.some((path) => /\/poster\/$/.test(path))).toBe(true);
      expect(pages.some((path) => /\/history\/[0-9a-f]{12}\/$/.test(path))).toBe(true);
      expect(pages.some((path) => /\/compare\//.test(path))).toBe(true);
      const misplaced: string[] = [];
      for (const [width, media] of [
        [1440, 'screen'],
        [390, 'screen'],
        [1100, 'print'],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.emulateMedia({ media });
        for (const path of pages) {
          const offsets = await offsetsAt(page, new URL(path, site.url).href);
          if (offsets.length === 0) misplaced.push(`${path} at ${width} px (${media}): no visible axis`);
          for (const offset of offsets.filter((entry) => entry.offset > 1))
            misplaced.push(
              `${path} at ${width} px (${media}): label ${offset.value} of curve ${offset.chart} is ${offset.offset} px off its line`,
            );
          for (const overlap of await overlappingLabels(page)) misplaced.push(`${path} at ${width} px (${media}): ${overlap}`);
        }
        await context.close();
      }
      expect(misplaced).toEqual([]);
    });
  }

  it('draws 1 to 5 persona lines on the generated journeys, every step and mark visible on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (let count = 1; count <= 5; count++) {
      await page.goto(new URL(`journeys/parcours-${count}-personas/`, generated.url).href);
      const shown = await page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('.chart.row svg.curve')].find(
          (element) => element.getBoundingClientRect().width > 0,
        )!;
        const box = svg.getBoundingClientRect();
        const inside = (element: Element) => {
          const mark = element.getBoundingClientRect();
          return mark.left >= box.left - 1 && mark.right <= box.right + 1 && mark.top >= box.top - 12 && mark.bottom <= box.bottom + 12;
        };
        const marks = [...svg.querySelectorAll('use')];
        return {
          lines: svg.querySelectorAll('.line').length,
          marks: marks.length,
          inside: marks.filter(inside).length,
          chartRight: svg.closest('.chart')!.getBoundingClientRect().right,
        };
      });
      expect(shown.lines, `${count} personas`).toBe(count);
      expect(shown.inside, `${count} personas`).toBe(shown.marks);
      expect(shown.chartRight).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: join(SHOTS, 'journey-5-personas-390.png'), fullPage: false });
    await context.close();
  });
});

/** Every page of a built site, as paths from its root. */
function allPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') found.push(`${relative(dir, folder)}/`.replace(/^\/$/, ''));
    }
  };
  walk(dir);
  return found.sort();
}

describe('icons, not emoji', () => {
  for (const which of ['examples', 'generated'] as const) {
    it(`shows no emoji in any page's text, SVG titles or style sheets (${which})`, async () => {
      const site = which === 'examples' ? inject('examples') : generated;
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of allPages(site.dir)) {
        await page.goto(new URL(path, site.url).href);
        const texts = await page.evaluate(() => [
          document.body.innerText,
          ...[...document.querySelectorAll('svg title, [aria-label], [title]')].map(
            (element) => element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent ?? '',
          ),
        ]);
        for (const text of texts) for (const match of text.matchAll(/\p{Extended_Pictographic}/gu)) found.push(`${path}: ${match[0]}`);
      }
      const sheets = readdirSync(join(site.dir, '_astro')).filter((name) => name.endsWith('.css'));
      expect(sheets.length).toBeGreaterThan(0);
      for (const name of sheets)
        for (const match of readFileSync(join(site.dir, '_astro', name), 'utf8').matchAll(/\p{Extended_Pictographic}/gu))
          found.push(`${name}: ${match[0]}`);
      expect([...new Set(found)]).toEqual([]);
      await context.close();
    });
  }
});

describe('posters and PDFs that hold the whole map', () => {
  const MM = 72 / 25.4;
  const t = strings('fr');
  for (const which of ['examples', 'generated'] as const) {
    it(`prints each journey and persona on one page with no blank band, every detail open and no link to elsewhere (${which})`, async () => {
      const site = which === 'examples' ? inject('examples') : generated;
      const project = which === 'examples' ? examplesProject : generatedProject;
      const found: string[] = [];
      const pdfs = [
        ...project.journeys.map((journey) => ({ file: `journeys/${journey.id}/journey.pdf`, journey })),
        ...project.personas.map((persona) => ({ file: `personas/${persona.id}/persona.pdf`, journey: undefined })),
      ];
      for (const { file, journey } of pdfs) {
        const pages = (await readPdf(readFileSync(join(site.dir, file)))).each;
        if (pages.length !== 1) {
          found.push(`${file}: ${pages.length} pages`);
          continue;
        }
        const [page] = pages as [PdfPage];
        // The page's margin is 10 mm; the last line of text sits within a cell's padding of it.
        const band = page.lowestText / MM - 10;
        if (band > 12) found.push(`${file}: ${Math.round(band)} mm blank under the last line`);
        const text = page.text.replace(/\s+/g, ' ');
        for (const link of [t.history.history, t.room.poster.personaPdf, t.room.poster.pdf])
          if (text.includes(link)) found.push(`${file}: prints the link "${link}"`);
        for (const expectation of journey?.stages.flatMap((stage) => stage.expectations) ?? [])
          if (!text.includes(expectation.replace(/\s+/g, ' ').slice(0, 25))) found.push(`${file}: folds "${expectation}"`);
      }
      // The PDFs as a person sees them, for the test's artefacts.
      const journeyPdf = `journeys/${project.journeys.at(-1)!.id}/journey.pdf`;
      writeFileSync(join(SHOTS, `${which}-journey-pdf.png`), await pdfPageToPng(readFileSync(join(site.dir, journeyPdf))));
      const personaPdf = `personas/${project.personas[0]!.id}/persona.pdf`;
      writeFileSync(join(SHOTS, `${which}-persona-pdf.png`), await pdfPageToPng(readFileSync(join(site.dir, personaPdf)), 900));
      expect(found).toEqual([]);
    });
  }

  it('sizes the poster page so a browser prints it on one page too, with the details open', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const found: string[] = [];
    for (const journey of generatedProject.journeys) {
      await page.goto(new URL(`journeys/${journey.id}/poster/`, generated.url).href);
      const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      if (pdf.pages !== 1) found.push(`${journey.id}: ${pdf.pages} pages`);
      await page.emulateMedia({ media: 'print' });
      const closed = await page.evaluate(
        () =>
          [...document.querySelectorAll('details')].filter((details) => {
            const item = details.querySelector(':scope > :not(summary)');
            return item !== null && item.getBoundingClientRect().height === 0;
          }).length,
      );
      if (closed > 0) found.push(`${journey.id}: ${closed} folded details in print`);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.goto(new URL('journeys/parcours-5-personas/poster/', generated.url).href);
    await page.screenshot({ path: join(SHOTS, 'poster-5-personas.png'), fullPage: true });
    expect(found).toEqual([]);
    await context.close();
  });
});

describe('zero layout defects', () => {
  for (const which of ['examples', 'generated'] as const) {
    it(`has no sideways scroll, escaping text or split word at 1440 and 390 px (${which})`, async () => {
      const site = which === 'examples' ? inject('examples') : generated;
      const project = which === 'examples' ? examplesProject : generatedProject;
      const pages = [
        '',
        'personas/',
        'channels/',
        'opportunities/',
        'insights/',
        ...project.journeys.map((journey) => `journeys/${journey.id}/`),
        ...project.personas.map((persona) => `personas/${persona.id}/`),
        ...chartPages(site.dir)
          .filter((path) => /\/(history\/[0-9a-f]{12}|compare)\//.test(path))
          .slice(0, 3),
      ];
      const found: string[] = [];
      for (const width of [1440, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(new URL(path, site.url).href);
          for (const defect of await layoutDefects(page)) found.push(`${path || '/'} at ${width} px: ${defect}`);
        }
        for (const [name, path] of [
          ['home', ''],
          ['journey', `journeys/${project.journeys.at(-1)!.id}/`],
          ['persona', `personas/${project.personas[0]!.id}/`],
          ['opportunities', 'opportunities/'],
        ] as const) {
          await page.goto(new URL(path, site.url).href);
          await page.screenshot({ path: join(SHOTS, `${which}-${name}-${width}.png`), fullPage: true });
        }
        await context.close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('long words, hyphenated by the build', () => {
  // This Chromium has no hyphenation dictionary (`hyphens: auto` breaks nothing): the build marks
  // the break points of long words (render/hyphenate.ts) as generated soft hyphens.
  const project = () => generatedProject;
  const longNamed = () =>
    project().journeys.flatMap((journey) =>
      journey.steps.filter((step) => /électroniquement/.test(step.name)).map((step) => ({ journey, step })),
    );

  it('breaks lines at the marked points at 1440 and 390 px, and leaves the text as written', async () => {
    for (const width of [1440, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      const journey = project().journeys.find((entry) => entry.id === 'parcours-5-personas')!;
      await page.goto(new URL(`journeys/${journey.id}/`, generated.url).href);
      const seen = await page.evaluate(() => {
        // A break point where the line breaks: the text after it starts lower than the point.
        const used = [...document.querySelectorAll('.shy')].filter((point) => {
          const next = point.nextSibling;
          if (!next || point.getClientRects().length === 0) return false;
          const range = document.createRange();
          range.selectNodeContents(next);
          const after = range.getClientRects()[0];
          return after !== undefined && after.top > point.getBoundingClientRect().top + 2;
        }).length;
        return {
          used,
          names: [...document.querySelectorAll('.map .step > h4')].map((heading) => heading.textContent ?? ''),
          softHyphens: (document.documentElement.outerHTML.match(/\u00ad|&shy;/g) ?? []).length,
        };
      });
      if (width === 1440) expect(seen.used, 'breaks at a marked point').toBeGreaterThan(0);
      expect(seen.softHyphens).toBe(0);
      expect(seen.names).toEqual(journey.steps.map((step) => step.name));
      expect(await layoutDefects(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `long-words-${width}.png`), fullPage: false });
      await context.close();
    }
  });

  it('copies a hyphenated step name as written', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const { journey, step } = longNamed()[0]!;
    await page.goto(new URL(`journeys/${journey.id}/`, generated.url).href);
    const heading = page.locator(`[id="step-${step.id}"]`);
    expect(await heading.locator('.shy').count()).toBeGreaterThan(0);
    await heading.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(step.name);
    await context.close();
  });

  it('finds a hyphenated word with search', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(generated.url);
    // As a string: Vitest would rewrite a dynamic import() written in the test's own code.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(new URL('pagefind/pagefind.js', location.href).href);
      const search = await pagefind.search('électroniquement');
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`)) as string[];
    expect(found).toContain('/journeys/parcours-1-personas/');
    await context.close();
  });

  it('prints each step name whole in the PDFs, read as a person reads a word hyphenated at a line end', async () => {
    const missing: string[] = [];
    for (const journey of project().journeys) {
      const text = (await readPdf(readFileSync(join(generated.dir, `journeys/${journey.id}/journey.pdf`)))).text;
      expect(text).not.toMatch(/\u00ad/);
      for (const step of journey.steps) if (!text.includes(step.name)) missing.push(`${journey.id}: "${step.name}"`);
    }
    expect(missing).toEqual([]);
  });
});

describe("the team's brand", () => {
  it('applies the theme to the site, its curves and its logo, and passes axe on both palettes', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(new URL('journeys/parcours-5-personas/', generated.url).href);
    const applied = await page.evaluate(() => ({
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      font: getComputedStyle(document.body).fontFamily,
      logo: (document.querySelector('.brand img') as HTMLImageElement | null)?.naturalWidth ?? 0,
      strokes: [...document.querySelectorAll('.chart.row svg.wide .line')].map((line) => line.getAttribute('stroke')),
    }));
    expect(applied.accent).toBe(THEME.colors.accent);
    expect(applied.font).toContain('DejaVu Sans');
    expect(applied.logo).toBeGreaterThan(0);
    expect(applied.strokes).toEqual(THEME.personaColors);
    const violations: string[] = [];
    for (const [site, paths] of [
      [generated.url, ['', 'journeys/parcours-5-personas/', 'journeys/parcours-5-personas/poster/', 'personas/agathe/', 'opportunities/']],
      [inject('examples').url, ['journeys/retour-article/poster/', 'opportunities/', 'personas/']],
    ] as const) {
      for (const path of paths) {
        await page.goto(new URL(path, site).href);
        const found = await axeViolations(page);
        violations.push(...found.map((violation) => `${path || '/'}: ${violation}`));
      }
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it("passes the rules of Lighthouse's accessibility category on the key pages, desktop and mobile, both palettes", async () => {
    const violations: string[] = [];
    for (const [name, site, project] of [
      ['examples', inject('examples'), examplesProject],
      ['generated', generated, generatedProject],
    ] as const) {
      const revisions = chartPages(site.dir).filter((path) => /\/(history\/[0-9a-f]{12}|compare)\//.test(path));
      const paths = [
        '',
        ...project.journeys.map((journey) => `journeys/${journey.id}/`),
        `personas/${project.personas[0]!.id}/`,
        'channels/',
        'insights/',
        revisions.find((path) => /\/history\/[0-9a-f]{12}\//.test(path))!,
        revisions.find((path) => /\/compare\/[^/]+\/$/.test(path) && !path.includes('/history/'))!,
      ];
      // Lighthouse's desktop preset is 1350 px wide, its mobile one a 412 px phone.
      for (const width of [1350, 412]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const path of paths) {
          await page.goto(new URL(path, site.url).href);
          for (const found of await axeViolations(page, { lighthouse: true })) violations.push(`${name} /${path} at ${width} px: ${found}`);
        }
        await context.close();
      }
    }
    expect(violations).toEqual([]);
  });

  it('says nothing of the generated theme in validate, whose colours all pass', () => {
    const run = runParcours(['validate', '--root', join(repository.dir, CONTENT_DIR), '--format', 'json']);
    const { problems } = JSON.parse(run.stdout) as { problems: { code: string }[] };
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => problem.code === 'theme-contrast')).toEqual([]);
  });
});
