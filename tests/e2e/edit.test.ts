import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { writeSyntheticContent } from '../../bench/synthetic-content.ts';
import { axeViolations } from './axe.ts';
import { connectBrowser, watchedPage } from './browser.ts';
import { programEnv, runParcours, type DevServer, startDevServer } from './run-parcours.ts';

// Edit mode of `parcours dev`, driven as a person would (keyboard and pointer) in real Chromium on a
// temporary Git repository holding the examples; every check waits on the edit API's responses and
// on the page fetching itself again, never on status texts.

const repo = fileURLToPath(new URL('../../', import.meta.url));
const JOURNEY = 'journeys/retour-article.yaml';
const PAGE = 'journeys/retour-article/';
// Screenshots of edit mode, to look at (PARCOURS_SHOTS=dir keeps them there).
const shots = process.env.PARCOURS_SHOTS;

/** A hand-written journey indented with four spaces, which `parcours fmt` never formatted. */
const FOUR_SPACES = `id: quatre-espaces
title: Écrit à la main
personas: [amelie-pressee]
stages:
    -   id: seule-phase
        name: Seule phase
        steps:
            -   id: premier-pas
                name: Premier pas
                emotion: 1
            -   id: second-pas
                name: Second pas
                emotion: -1
`;

let content: string;
let dev: DevServer | undefined;
let url: string;
let browser: Browser;

const git = (...args: string[]) => {
  const run = spawnSync('git', ['-C', content, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};
/** `git diff --numstat` of one file: "added removed", or '' when it did not change. */
const numstat = (file: string) => git('diff', '--numstat', '--', file).trim().split('\t').slice(0, 2).join(' ');
/** `parcours fmt --check FILE` run from the content root, as an author runs it: the exit status. */
const fmtCheck = (file: string) =>
  spawnSync(process.execPath, [join(repo, 'bin/parcours.js'), 'fmt', '--check', file], { cwd: content, env: programEnv() }).status;
const read = (file: string) => readFile(join(content, file), 'utf8');
/** Makes the working tree the new HEAD, so that each test's diff is its own. */
const commit = () => {
  if (git('status', '--porcelain').trim() !== '') git('commit', '-qam', 'step');
};

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'parcours-e2e-edit-'));
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
    await cp(join(repo, entry), join(content, entry), { recursive: true });
  // Formatted first (the copies' schema lines point nowhere until fmt repairs them), so that
  // `fmt --check` passing after an edit says the edit kept the file formatted.
  const formatted = runParcours(['fmt', '--root', content]);
  if (formatted.status !== 0) throw new Error(`parcours fmt: ${formatted.stdout}${formatted.stderr}`);
  await writeFile(join(content, 'journeys', 'quatre-espaces.yaml'), FOUR_SPACES);
  // A journey of 40 steps and two personas, the size the page's update is measured on.
  const synthetic = await mkdtemp(join(tmpdir(), 'parcours-e2e-edit-40-'));
  await writeSyntheticContent(synthetic, { journeys: 1, stepsPerJourney: 40, personas: 2 });
  for (const file of ['journeys/journey-0.yaml', 'personas/persona-0.yaml', 'personas/persona-1.yaml'])
    await cp(join(synthetic, file), join(content, file));
  await rm(synthetic, { recursive: true, force: true });
  git('init', '-q');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '--allow-empty', '-m', 'empty');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('add', '-A');
  git('commit', '-qm', 'examples');
  dev = await startDevServer(content);
  url = dev.url;
  browser = await connectBrowser();
  if (shots) await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  await rm(content, { recursive: true, force: true });
});

// Each test's diff is its own: what a test leaves becomes the next one's HEAD.
afterEach(() => commit());

/** A page of the dev server in edit mode; `quiet` cuts the dev server's reloads off, as if they came late. */
async function editPage(path: string, options: { width?: number; quiet?: boolean } = {}) {
  const watched = await watchedPage(browser);
  const { page } = watched;
  await page.setViewportSize({ width: options.width ?? 1400, height: 900 });
  if (options.quiet) await page.routeWebSocket(/./, () => {});
  // The first view waits for Vite's dependency optimizer (tens of seconds on a busy machine).
  await page.goto(new URL(path, url).href, { timeout: 110_000 });
  const file = page.waitForResponse((response) => response.url().includes('/__parcours/edit/file'));
  await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  expect((await file).status()).toBe(200);
  await page.locator('.edit-pen, .edit-persona').first().waitFor();
  return watched;
}

/** The page's own measures (performance.measure in src/edit-client/editor.ts) of the updates that `edited` waited for. */
const timings = new Map<string, number[]>();

/** Does `action` and waits for the edit API's answer to `route` and for the page to show it; returns the answer's status. */
async function edited(page: Page, action: () => Promise<void>, route = 'apply'): Promise<number> {
  const answered = page.waitForResponse((response) => response.url().includes(`/__parcours/edit/${route}`));
  const shown = page.waitForResponse((response) => response.url() === page.url() && response.request().method() === 'GET');
  await action();
  const status = (await answered).status();
  await shown;
  // The swap runs right after the response's body is read.
  await page.waitForFunction(() => performance.getEntriesByName('parcours-edit-update').length > 0);
  const measured = await page.evaluate(() => {
    const durations = Object.fromEntries(
      ['parcours-edit-parse', 'parcours-edit-swap', 'parcours-edit-update', 'parcours-edit-drag'].map((name) => [
        name,
        performance.getEntriesByName(name).map((entry) => entry.duration),
      ]),
    );
    performance.clearMeasures();
    return durations;
  });
  for (const [name, durations] of Object.entries(measured)) timings.set(name, [...(timings.get(name) ?? []), ...durations]);
  return status;
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const slider = (page: Page, persona: string, step: string) => page.locator(`[role="slider"][data-edit-key="emotion:${persona}:${step}"]`);
const emotion = (text: string, stage: string, step: string) => {
  const data = parse(text) as { stages: { id: string; steps: { id: string; emotion: unknown; name: string }[] }[] };
  return data.stages.find((item) => item.id === stage)!.steps.find((item) => item.id === step)!;
};

describe('edit mode in parcours dev', () => {
  it('is not in a built site: no script, no button, no token', async () => {
    const { dir } = inject('examples');
    const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(html|js|mjs)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/parcours-edit|edit-client|__parcours|X-Parcours-Token|data-edit-ui/);
    }
  });

  it('writes nothing in a session without a change', async () => {
    const { page, problems } = await editPage(PAGE);
    expect(await page.getByRole('button', { name: 'Modifier', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Opening a text and leaving it unchanged, or escaping it, writes nothing either.
    await page.locator('[data-edit-key="text:step:lit-conditions:name"]').click();
    await page.keyboard.press('Escape');
    await page.locator('[data-edit-key="text:journey:title"]').click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    expect(await page.locator('main [data-edit-ui]').count()).toBe(0);
    expect(await page.locator('main .edit-target').count()).toBe(0);
    expect(git('status', '--porcelain')).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('moves an emotion with an arrow key: one line, valid and formatted', async () => {
    const { page, problems } = await editPage(PAGE);
    const point = slider(page, 'amelie-pressee', 'lit-conditions');
    expect(await point.getAttribute('aria-valuenow')).toBe('-1');
    // Its accessible name, as the browser computes it, holds the persona's and the step's names.
    expect(await page.getByRole('slider', { name: /Amélie.*Lit les conditions de retour/ }).count()).toBe(1);
    expect(fmtCheck(JOURNEY)).toBe(0);
    await point.focus();
    expect(await edited(page, () => page.keyboard.press('ArrowUp'))).toBe(200);
    // One persona's value inside `{ amelie-pressee: -1, nadine-connectee: 0 }`: one line.
    expect(numstat(JOURNEY)).toBe('1 1');
    expect(emotion(await read(JOURNEY), 'decider', 'lit-conditions').emotion).toEqual({ 'amelie-pressee': 0, 'nadine-connectee': 0 });
    expect(await point.getAttribute('aria-valuenow')).toBe('0');
    expect(await isFocused(point)).toBe(true);
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    expect(fmtCheck(JOURNEY)).toBe(0);
    if (shots) await page.screenshot({ path: join(shots, 'edit-mode.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('drags an emotion point, snapping to the scale: one line, valid and formatted', async () => {
    const { page, problems } = await editPage(PAGE);
    const point = slider(page, 'nadine-connectee', 'recoit-etiquette');
    expect(await point.getAttribute('aria-valuenow')).toBe('0');
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    const ticks = await page
      .locator('[data-edit="emotion"] svg.wide line[data-value="0"], [data-edit="emotion"] svg.wide line[data-value="2"]')
      .all();
    const [zero, two] = await Promise.all(ticks.map(async (tick) => (await tick.boundingBox())!.y));
    const x = box.x + box.width / 2;
    expect(
      await edited(page, async () => {
        await page.mouse.move(x, box.y + box.height / 2);
        await page.mouse.down();
        // Past the value 2 by a little: the point snaps to 2.
        for (let step = 1; step <= 8; step++) await page.mouse.move(x, zero! + ((two! - zero!) * 1.1 * step) / 8);
        await page.mouse.up();
      }),
    ).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect(emotion(await read(JOURNEY), 'declarer', 'recoit-etiquette').emotion).toEqual({ 'amelie-pressee': -2, 'nadine-connectee': 2 });
    expect(await point.getAttribute('aria-valuenow')).toBe('2');
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    expect(fmtCheck(JOURNEY)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('stops the slider at both ends of the scale', async () => {
    const { page, problems } = await editPage(PAGE);
    const point = slider(page, 'amelie-pressee', 'imprime-etiquette');
    await point.focus();
    expect(await edited(page, () => page.keyboard.press('Home'))).toBe(200);
    expect(await point.getAttribute('aria-valuenow')).toBe('-3');
    // At the end nothing moves and nothing is sent.
    let sent = 0;
    page.on('request', (sent_) => {
      if (sent_.url().includes('/__parcours/edit/apply')) sent++;
    });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    expect(await point.getAttribute('aria-valuenow')).toBe('-3');
    expect(await point.getAttribute('aria-valuetext')).toMatch(/-3/);
    expect(await edited(page, () => page.keyboard.press('End'))).toBe(200);
    await page.keyboard.press('ArrowUp');
    expect(await point.getAttribute('aria-valuenow')).toBe('3');
    expect(sent).toBe(1);
    expect(emotion(await read(JOURNEY), 'deposer', 'imprime-etiquette').emotion).toEqual({ 'amelie-pressee': 3, 'nadine-connectee': 1 });
    expect(await point.getAttribute('aria-valuemin')).toBe('-3');
    expect(await point.getAttribute('aria-valuemax')).toBe('3');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('renames a step with ": " and "#" in place, and reads it back unchanged', async () => {
    const { page, problems } = await editPage(PAGE);
    const name = 'Lit: les conditions #retour';
    await page.locator('[data-edit-key="text:step:lit-conditions:name"]').click();
    expect(await page.getByRole('textbox', { name: 'Nom de l’étape' }).inputValue()).toBe('Lit les conditions de retour');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect(emotion(await read(JOURNEY), 'decider', 'lit-conditions').name).toBe(name);
    expect(await page.locator('#step-lit-conditions').innerText()).toContain(name);
    expect(await isFocused(page.locator('[data-edit-key="text:step:lit-conditions:name"]'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adds a step and moves it: each touches only its lines, and undo gives back the exact bytes', async () => {
    const { page, problems } = await editPage(PAGE);
    const before = await read(JOURNEY);
    await page.locator('[data-edit-key="tools:step:essaie-article"]').click();
    expect(await edited(page, () => page.getByRole('button', { name: 'Ajouter une étape après' }).click())).toBe(200);
    // The new step's name is open for typing.
    expect(await isFocused(page.getByRole('textbox', { name: 'Nom de l’étape' }))).toBe(true);
    await page.keyboard.type('Compare les options');
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('2 0');
    const added = git('diff', '-U0', '--', JOURNEY);
    expect(added).toMatch(/\+\s+- id: nouvelle-etape\n\+\s+name: Compare les options\n/);
    commit();
    const steps = () =>
      page.locator('[data-stage] [data-step]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.step));
    expect((await steps()).slice(0, 3)).toEqual(['essaie-article', 'nouvelle-etape', 'lit-conditions']);
    await page.locator('[data-edit-key="tools:step:nouvelle-etape"]').focus();
    expect(await edited(page, () => page.keyboard.press('Alt+ArrowRight'))).toBe(200);
    expect((await steps()).slice(0, 3)).toEqual(['essaie-article', 'lit-conditions', 'nouvelle-etape']);
    expect(await isFocused(page.locator('[data-edit-key="tools:step:nouvelle-etape"]'))).toBe(true);
    // A move within the stage: the two lines leave and come back two items later, nothing else.
    expect(numstat(JOURNEY)).toBe('2 2');
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    // Undo three times (Ctrl+Z, the button, Ctrl+Z): the exact bytes of before the add.
    expect(await edited(page, () => page.keyboard.press('Control+z'), 'undo')).toBe(200);
    expect(numstat(JOURNEY)).toBe('');
    expect(await edited(page, () => page.getByRole('button', { name: 'Annuler' }).click(), 'undo')).toBe(200);
    expect(await edited(page, () => page.keyboard.press('Control+z'), 'undo')).toBe(200);
    expect(await read(JOURNEY)).toBe(before);
    // And redo three times (Ctrl+Shift+Z, the button, Ctrl+Y): the step is back, moved.
    expect(await edited(page, () => page.keyboard.press('Control+Shift+Z'), 'redo')).toBe(200);
    expect(await edited(page, () => page.getByRole('button', { name: 'Rétablir' }).click(), 'redo')).toBe(200);
    expect(await edited(page, () => page.keyboard.press('Control+y'), 'redo')).toBe(200);
    expect(numstat(JOURNEY)).toBe('2 2');
    expect((await steps()).slice(0, 3)).toEqual(['essaie-article', 'lit-conditions', 'nouvelle-etape']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adds a stage after a stage, with a step, its name open for typing', async () => {
    const { page, problems } = await editPage(PAGE);
    const before = await read(JOURNEY);
    await page.locator('[data-edit-key="tools:stage:declarer"]').click();
    expect(await edited(page, () => page.getByRole('button', { name: 'Ajouter une phase après' }).click())).toBe(200);
    expect(await isFocused(page.getByRole('textbox', { name: 'Nom de la phase' }))).toBe(true);
    await page.keyboard.type('Préparer le colis');
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    const stages = (parse(await read(JOURNEY)) as { stages: { id: string; name: string; steps: { id: string }[] }[] }).stages;
    expect(stages.map((stage) => stage.id)).toEqual(['decider', 'declarer', 'nouvelle-phase', 'deposer', 'etre-rembourse']);
    expect(stages[2]).toMatchObject({ name: 'Préparer le colis', steps: [{ id: 'nouvelle-etape-2' }] });
    // Only the stage's lines are added.
    expect(numstat(JOURNEY).split(' ')[1]).toBe('0');
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    // Undone by the page (an outside checkout would reload it): the exact bytes again.
    expect(await edited(page, () => page.keyboard.press('Control+z'), 'undo')).toBe(200);
    expect(await edited(page, () => page.keyboard.press('Control+z'), 'undo')).toBe(200);
    expect(await read(JOURNEY)).toBe(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('deletes a step after asking', async () => {
    const { page, problems } = await editPage(PAGE);
    await page.locator('[data-edit-key="tools:step:nouvelle-etape"]').click();
    await page.getByRole('button', { name: 'Supprimer l’étape' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Compare les options');
    // Cancelled first: nothing written.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(numstat(JOURNEY)).toBe('');
    await page.locator('[data-edit-key="tools:step:nouvelle-etape"]').click();
    await page.getByRole('button', { name: 'Supprimer l’étape' }).click();
    expect(await edited(page, () => page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click())).toBe(200);
    expect(numstat(JOURNEY)).toBe('0 2');
    expect(await page.locator('[data-stage] [data-step="nouvelle-etape"]').count()).toBe(0);
    // The focus, which was on the deleted step's menu, is on the menu of the step before it.
    expect(await isFocused(page.locator('[data-edit-key="tools:step:lit-conditions"]'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps an outside edit elsewhere, and refuses one of the same value as a conflict, leaving the disk as it is', async () => {
    const { page, problems } = await editPage(PAGE, { quiet: true });
    const file = join(content, JOURNEY);
    // Another editor changes the title while the page is open.
    await writeFile(file, (await read(JOURNEY)).replace(/^title: .*$/m, 'title: Retourner un article (relu)'));
    const point = slider(page, 'nadine-connectee', 'lit-conditions');
    await point.focus();
    expect(await edited(page, () => page.keyboard.press('ArrowUp'))).toBe(200);
    const kept = await read(JOURNEY);
    expect(kept).toMatch(/^title: Retourner un article \(relu\)$/m);
    expect(emotion(kept, 'decider', 'lit-conditions').emotion).toEqual({ 'amelie-pressee': 0, 'nadine-connectee': 1 });
    expect(numstat(JOURNEY)).toBe('2 2');

    // Now the same value, changed on disk: the page's change is refused and the disk stays.
    const outside = kept.replace('nadine-connectee: 1 }', 'nadine-connectee: -2 }');
    expect(outside).not.toBe(kept);
    await writeFile(file, outside);
    expect(await edited(page, () => page.keyboard.press('ArrowUp'))).toBe(409);
    expect(await read(JOURNEY)).toBe(outside);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).not.toBe('');
    expect(await alert.getByRole('button', { name: 'Recharger la page' }).isVisible()).toBe(true);
    if (shots) await page.screenshot({ path: join(shots, 'edit-conflict.png') });

    // A move of a step renamed outside: a conflict too, and the disk stays.
    const renamed = outside.replace('name: Constate que l', 'name: Voit que l');
    expect(renamed).not.toBe(outside);
    await writeFile(file, renamed);
    await page.locator('[data-edit-key="tools:step:essaie-article"]').focus();
    expect(await edited(page, () => page.keyboard.press('Alt+ArrowRight'))).toBe(409);
    expect(await read(JOURNEY)).toBe(renamed);
    expect(problems.filter((problem) => !/HTTP 409|status of 409/.test(problem))).toEqual([]);
    await page.context().close();
    git('checkout', '--', JOURNEY);
  });

  it('refuses requests without the token, from another origin or for another host, and writes nothing', async () => {
    const before = await read(JOURNEY);
    const body = JSON.stringify({
      path: JOURNEY,
      digest: 'x',
      changes: [{ op: 'set', path: ['title'], expect: 'Retourner un article et se faire rembourser', value: 'Pris' }],
    });
    const token = /token(?:"|&quot;):(?:"|&quot;)([0-9a-f]+)/.exec(await (await fetch(new URL(PAGE, url))).text())?.[1];
    expect(token).toBeDefined();
    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const sent = request(
          new URL('__parcours/edit/apply', url),
          { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        sent.on('error', reject);
        sent.end(body);
      });
    expect(await post({})).toBe(403);
    expect(await post({ 'x-parcours-token': token!, origin: 'http://evil.test' })).toBe(403);
    expect(await post({ 'x-parcours-token': token!, host: 'evil.test' })).toBe(403);
    expect(await read(JOURNEY)).toBe(before);
  });

  it('changes one line of a hand-written file indented with four spaces', async () => {
    const { page, problems } = await editPage('journeys/quatre-espaces/');
    await slider(page, 'amelie-pressee', 'premier-pas').focus();
    expect(await edited(page, () => page.keyboard.press('ArrowUp'))).toBe(200);
    expect(numstat('journeys/quatre-espaces.yaml')).toBe('1 1');
    expect(await read('journeys/quatre-espaces.yaml')).toBe(FOUR_SPACES.replace('emotion: 1', 'emotion: 2'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('edits a persona sheet and shows the review of the working tree', async () => {
    const { page, problems } = await editPage('personas/amelie-pressee/');
    const file = 'personas/amelie-pressee.yaml';
    const affinity = page.getByRole('combobox', { name: 'Aisance numérique' });
    const current = await affinity.inputValue();
    const next = current === 'low' ? 'medium' : 'low';
    expect(
      await edited(page, async () => {
        await affinity.selectOption(next);
      }),
    ).toBe(200);
    expect(numstat(file)).toBe('1 1');
    expect((parse(await read(file)) as { digitalAffinity: string }).digitalAffinity).toBe(next);
    expect(await page.getByRole('combobox', { name: 'Aisance numérique' }).inputValue()).toBe(next);
    const review = page.waitForResponse((response) => response.url().includes('/__parcours/edit/review'));
    await page.getByRole('button', { name: 'Relecture' }).click();
    expect((await review).status()).toBe(200);
    const panel = page.getByRole('region', { name: /changent pour le client/ });
    expect(await panel.innerText()).toContain(file);
    expect(await panel.locator('pre').innerText()).toContain('git commit');
    if (shots) await page.screenshot({ path: join(shots, 'edit-persona-review.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
    git('checkout', '--', file);
  });

  it('works at phone width, with the pointer and the keyboard', async () => {
    const { page, problems } = await editPage(PAGE, { width: 390 });
    const pen = page.locator('[data-edit-key="text:stage:decider:name"]');
    await pen.scrollIntoViewIfNeeded();
    await pen.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Décider de renvoyer');
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    commit();
    // The curve's sliders are hidden on a phone: each value in a step's card has − and + to tap.
    expect(await slider(page, 'amelie-pressee', 'lit-conditions').isVisible()).toBe(false);
    const raise = page.locator('[data-edit-key="emotion-step:up:amelie-pressee:lit-conditions"]');
    expect(await raise.getAttribute('aria-label')).toMatch(/^Monter l’émotion : Amélie.*étape/);
    const before = emotion(await read(JOURNEY), 'decider', 'lit-conditions').emotion as Record<string, number>;
    await raise.scrollIntoViewIfNeeded();
    expect(await edited(page, () => raise.click())).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect(emotion(await read(JOURNEY), 'decider', 'lit-conditions').emotion).toEqual({
      ...before,
      'amelie-pressee': before['amelie-pressee']! + 1,
    });
    expect(await isFocused(raise)).toBe(true);
    // The step's menu opens inside the window, and nothing stretches the page sideways.
    await page.locator('[data-edit-key="tools:step:verifie-banque"]').scrollIntoViewIfNeeded();
    await page.locator('[data-edit-key="tools:step:verifie-banque"]').click();
    const menu = (await page.locator('#edit-actions-tools-step-verifie-banque').boundingBox())!;
    expect(menu.x + menu.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page, { all: true })).toEqual([]);
    if (shots) await page.screenshot({ path: join(shots, 'edit-phone.png') });
    expect(problems).toEqual([]);
    await page.context().close();
    git('checkout', '--', JOURNEY);
  });

  it('changes choices: a moment of truth, a channel, an opportunity impact, a hypothesis mark, one line each', async () => {
    const { page, problems } = await editPage(PAGE);
    await page.locator('[data-edit-key="tools:step:lit-conditions"]').click();
    const moment = page.getByRole('button', { name: 'Moment de vérité', exact: true });
    expect(await moment.getAttribute('aria-pressed')).toBe('false');
    expect(await edited(page, () => moment.click())).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 0');
    expect(await page.locator('article[data-step="lit-conditions"]').evaluate((step) => step.classList.contains('mot'))).toBe(true);
    commit();

    await page.locator('[data-edit-key="channel:lit-conditions:1"]').click();
    const channel = page.getByRole('combobox', { name: 'Canal' });
    expect(await channel.inputValue()).toBe('chatbot');
    // The channel is one of the touchpoint's three fields: chosen, then saved with Enter as the texts are.
    await channel.selectOption('whatsapp');
    expect(await edited(page, () => channel.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect(git('diff', '-U0', '--', JOURNEY)).toContain('+        touchpoints: [web, whatsapp]');
    commit();

    await page.locator('[data-edit-key="text:step:recoit-etiquette:opportunities:0"]').click();
    await page.getByRole('combobox', { name: 'Impact' }).selectOption('low');
    expect(await edited(page, () => page.getByRole('textbox', { name: 'Opportunité' }).press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect(git('diff', '-U0', '--', JOURNEY)).toMatch(/\+\s+impact: low\n/);
    commit();

    await page.locator('[data-edit-key="text:step:essaie-article:thoughts:0"]').click();
    const mark = page.getByRole('checkbox', { name: 'Hypothèse à vérifier' });
    expect(await mark.isChecked()).toBe(true);
    await mark.uncheck();
    expect(await edited(page, () => page.getByRole('textbox', { name: 'Pensée' }).press('Enter'))).toBe(200);
    // The mark goes, its comment with it; nothing else moves.
    expect(numstat(JOURNEY)).toBe('0 1');
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('edits a moment of truth’s reason, a stage’s desired experience and a touchpoint by the keyboard', async () => {
    const { page, problems } = await editPage(PAGE);
    type Step = { momentOfTruth?: unknown; touchpoints?: unknown[] };
    const step = async (stage: string, id: string) => emotion(await read(JOURNEY), stage, id) as unknown as Step;

    // The sentence beside the ★: Escape leaves it as it was, Enter saves it.
    const why = page.locator('[data-edit-key="text:step:verifie-banque:momentOfTruth"]');
    await why.focus();
    await page.keyboard.press('Enter');
    const reason = page.getByRole('textbox', { name: 'Pourquoi c’est un moment de vérité' });
    expect(await isFocused(reason)).toBe(true);
    await page.keyboard.type('Rien ne bouge');
    await page.keyboard.press('Escape');
    expect(await reason.count()).toBe(0);
    expect(await isFocused(why)).toBe(true);
    expect(numstat(JOURNEY)).toBe('');
    await page.keyboard.press('Enter');
    const sentence = 'Pas de remboursement: il doute #confiance';
    await page.keyboard.type(sentence);
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect((await step('etre-rembourse', 'verifie-banque')).momentOfTruth).toBe(sentence);
    expect(await page.locator('article[data-step="verifie-banque"] .motc').innerText()).toContain(sentence);
    expect(await isFocused(why)).toBe(true);
    commit();

    // The stage's desired experience: leaving the field (Tab) saves it.
    const experience = page.locator('[data-edit-key="text:stage:decider:experience"]');
    await experience.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('textbox', { name: 'Expérience visée' }).inputValue()).toBe('rassurante');
    await page.keyboard.type('rassurante et rapide');
    expect(await edited(page, () => page.keyboard.press('Tab'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect((parse(await read(JOURNEY)) as { stages: { experience?: string }[] }).stages[0]!.experience).toBe('rassurante et rapide');
    commit();

    // A touchpoint written as a channel id gets a name and a description: one line, read back unchanged.
    const touchpointsBefore = (await step('decider', 'lit-conditions')).touchpoints!;
    expect(touchpointsBefore[0]).toBe('web');
    const touchpoint = page.locator('[data-edit-key="channel:lit-conditions:0"]');
    await touchpoint.focus();
    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('combobox', { name: 'Canal' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('textbox', { name: 'Nom du point de contact' }))).toBe(true);
    await page.keyboard.type('Page: conditions #retour');
    await page.keyboard.press('Tab');
    await page.keyboard.type('En bas des CGV');
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect((await step('decider', 'lit-conditions')).touchpoints).toEqual([
      { channel: 'web', name: 'Page: conditions #retour', description: 'En bas des CGV' },
      ...touchpointsBefore.slice(1),
    ]);
    expect(await isFocused(touchpoint)).toBe(true);
    commit();
    // And its description emptied: the key goes, nothing else.
    await touchpoint.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect((await step('decider', 'lit-conditions')).touchpoints?.[0]).toEqual({ channel: 'web', name: 'Page: conditions #retour' });
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    expect(fmtCheck(JOURNEY)).toBe(0);
    if (shots) await page.screenshot({ path: join(shots, 'edit-texts.png') });
    expect(problems).toEqual([]);
    await page.context().close();

    // A stage without a desired experience gets one from its actions: one line added.
    const four = await editPage('journeys/quatre-espaces/');
    const file = 'journeys/quatre-espaces.yaml';
    await four.page.locator('[data-edit-key="tools:stage:seule-phase"]').focus();
    await four.page.keyboard.press('Enter');
    await four.page.getByRole('button', { name: 'Ajouter l’expérience visée' }).focus();
    await four.page.keyboard.press('Enter');
    expect(await isFocused(four.page.getByRole('textbox', { name: 'Expérience visée' }))).toBe(true);
    await four.page.keyboard.type('sans effort');
    expect(await edited(four.page, () => four.page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(file)).toBe('1 0');
    expect((parse(await read(file)) as { stages: { experience?: string }[] }).stages[0]!.experience).toBe('sans effort');
    expect(await four.page.locator('[data-stage="seule-phase"] [data-edit="experience"]').innerText()).toContain('sans effort');
    // No step of this journey has thoughts, so the map has no lane for them: the step's actions add the first.
    expect(await four.page.locator('[data-lane="thoughts"]').count()).toBe(0);
    await four.page.locator('[data-edit-key="tools:step:second-pas"]').focus();
    await four.page.keyboard.press('Enter');
    await four.page.getByRole('button', { name: 'Ajouter une pensée' }).focus();
    await four.page.keyboard.press('Enter');
    await four.page.keyboard.type('Où est le bouton : ici ?');
    expect(await edited(four.page, () => four.page.keyboard.press('Enter'))).toBe(200);
    const steps = (parse(await read(file)) as { stages: { steps: { id: string; thoughts?: string[] }[] }[] }).stages[0]!.steps;
    expect(steps.find((step) => step.id === 'second-pas')?.thoughts).toEqual(['Où est le bouton : ici ?']);
    expect(numstat(file)).toBe('3 0');
    expect(await four.page.locator('[data-step="second-pas"] [data-lane="thoughts"]').innerText()).toContain('Où est le bouton : ici ?');
    expect(await isFocused(four.page.locator('[data-edit-key="tools:step:second-pas"]'))).toBe(true);
    expect(runParcours(['validate', '--root', content]).status).toBe(0);
    expect(four.problems).toEqual([]);
    await four.page.context().close();
    git('checkout', '--', file);
  });

  it('writes a new step’s name plain beside a neighbour quoted because it needs it, and quotes a name that needs it', async () => {
    const { page, problems } = await editPage(PAGE);
    // The rename above left this step's name quoted (it holds ": " and "#").
    expect(await read(JOURNEY)).toMatch(/\n {8}name: (["'])Lit: les conditions #retour\1\n/);
    await page.locator('[data-edit-key="tools:step:lit-conditions"]').click();
    expect(await edited(page, () => page.getByRole('button', { name: 'Ajouter une étape après' }).click())).toBe(200);
    expect(git('diff', '-U0', '--', JOURNEY)).toMatch(/\+ {8}name: Nouvelle étape\n/);
    expect(numstat(JOURNEY)).toBe('2 0');
    commit();
    const name = 'Compare: les prix #2';
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    expect(await edited(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    const steps = (parse(await read(JOURNEY)) as { stages: { steps: { id: string; name: string }[] }[] }).stages[0]!.steps;
    expect(steps[steps.findIndex((step) => step.id === 'lit-conditions') + 1]?.name).toBe(name);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adds and removes a persona on a journey', async () => {
    const { page, problems } = await editPage(PAGE);
    await page.getByRole('combobox', { name: 'Ajouter un persona' }).selectOption('karim-reticent');
    expect(await edited(page, () => page.getByRole('button', { name: 'Ajouter un persona' }).click())).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect((parse(await read(JOURNEY)) as { personas: string[] }).personas).toEqual([
      'amelie-pressee',
      'nadine-connectee',
      'karim-reticent',
    ]);
    commit();
    const remove = page.getByRole('button', { name: /Retirer Karim/ });
    expect(await edited(page, () => remove.click())).toBe(200);
    expect(numstat(JOURNEY)).toBe('1 1');
    expect((parse(await read(JOURNEY)) as { personas: string[] }).personas).toEqual(['amelie-pressee', 'nadine-connectee']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses a change that would add an error, with the problem sentence, and writes nothing', async () => {
    const { page, problems } = await editPage('journeys/quatre-espaces/');
    const file = 'journeys/quatre-espaces.yaml';
    const remove = async (step: string) => {
      await page.locator(`[data-edit-key="tools:step:${step}"]`).click();
      await page.getByRole('button', { name: 'Supprimer l’étape' }).click();
      return edited(page, () => page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click());
    };
    expect(await remove('premier-pas')).toBe(200);
    const before = await read(file);
    // The stage's last step: a stage without steps is invalid.
    expect(await remove('second-pas')).toBe(422);
    expect(await read(file)).toBe(before);
    const alert = page.getByRole('alert');
    expect(await alert.locator('li').count()).toBeGreaterThan(0);
    if (shots) await page.screenshot({ path: join(shots, 'edit-refused.png') });
    expect(problems.filter((problem) => !/HTTP 422|status of 422/.test(problem))).toEqual([]);
    await page.context().close();
    git('checkout', '--', file);
  });

  it('measures the page update on a 40-step journey (printed beside a floor, not asserted)', async () => {
    timings.clear();
    const { page, problems } = await editPage('journeys/journey-0/');
    expect(await page.locator('[role="slider"]').count()).toBe(80);
    const point = slider(page, 'persona-0', 'step-20');
    await point.focus();
    for (let press = 0; press < 20; press++) {
      const value = Number(await point.getAttribute('aria-valuenow'));
      const key = value === -3 || (value < 3 && press % 2 === 0) ? 'ArrowUp' : 'ArrowDown';
      expect(await edited(page, () => page.keyboard.press(key))).toBe(200);
    }
    // Dragging: what the page does under the pointer, per move, before anything is written.
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    expect(
      await edited(page, async () => {
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let step = 1; step <= 30; step++) await page.mouse.move(x, y + (step % 10) * (step < 10 ? 3 : -3));
        await page.mouse.move(x, y - 30);
        await page.mouse.up();
      }),
    ).toBe(200);
    const drag = timings.get('parcours-edit-drag') ?? [];
    // The floor: comparing the page with a copy of itself once, the least any compare-and-swap update costs.
    const floor = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const copy = main.cloneNode(true);
      const runs: number[] = [];
      for (let run = 0; run < 20; run++) {
        const start = performance.now();
        main.isEqualNode(copy);
        runs.push(performance.now() - start);
      }
      return runs;
    });
    const summary = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]?.toFixed(1);
      return `min ${sorted[0]?.toFixed(1)} ms, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (n=${sorted.length})`;
    };
    console.log(
      [
        'Edit page update, 40-step journey, 2 personas (80 sliders), Chromium:',
        `  page's own update (swap + decorations + focus): ${summary(timings.get('parcours-edit-update') ?? [])}`,
        `    of which swap: ${summary(timings.get('parcours-edit-swap') ?? [])}`,
        `  parsing the fetched page (before the update): ${summary(timings.get('parcours-edit-parse') ?? [])}`,
        `  drag, per pointer move: ${summary(drag)}`,
        `  floor, comparing the page with a copy of itself: ${summary(floor)}`,
      ].join('\n'),
    );
    expect(timings.get('parcours-edit-update')?.length).toBe(21);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('brings another tab of the same map up to date after an edit', async () => {
    const first = await editPage(PAGE);
    const second = await editPage(PAGE);
    const shown = second.page.waitForResponse((response) => response.url() === second.page.url() && response.request().method() === 'GET');
    await slider(first.page, 'amelie-pressee', 'depose-colis').focus();
    expect(await edited(first.page, () => first.page.keyboard.press('ArrowUp'))).toBe(200);
    await shown;
    await second.page.waitForFunction(() => performance.getEntriesByName('parcours-edit-update').length > 0);
    expect(await slider(second.page, 'amelie-pressee', 'depose-colis').getAttribute('aria-valuenow')).toBe('1');
    expect(numstat(JOURNEY)).toBe('1 1');
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  });

  it('has no accessibility violation in edit mode', async () => {
    const axe = (page: Page) => axeViolations(page, { all: true });
    const journey = await editPage(PAGE);
    // With a step's actions shown, then with a text open.
    await journey.page.locator('[data-edit-key="tools:step:essaie-article"]').click();
    expect(await axe(journey.page)).toEqual([]);
    await journey.page.keyboard.press('Escape');
    await journey.page.locator('[data-edit-key="text:step:recoit-etiquette:opportunities:0"]').click();
    expect(await axe(journey.page)).toEqual([]);
    await journey.page.keyboard.press('Escape');
    await journey.page.locator('[data-edit-key="channel:essaie-article:0"]').click();
    expect(await axe(journey.page)).toEqual([]);
    await journey.page.context().close();
    // The persona sheet with the review panel open.
    const persona = await editPage('personas/nadine-connectee/');
    const review = persona.page.waitForResponse((response) => response.url().includes('/__parcours/edit/review'));
    await persona.page.getByRole('button', { name: 'Relecture' }).click();
    await review;
    expect(await axe(persona.page)).toEqual([]);
    await persona.page.context().close();
  });
});
