import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingCache } from '../cli/build-progress-lines.ts';
import { main } from '../cli/main.ts';
import { memoryIo } from '../cli/test-io.ts';
import { checkProject } from '../core/check/check-project.ts';
import { flushContentCaches, openContentCache } from '../core/check/content-cache.ts';
import { buildSite } from './build-site.ts';
import type { BuildPhase, BuildProgress } from './build-progress.ts';
import { dayStart, projectContent } from './site-content.ts';

// Whole builds of the examples (without PDFs, which need Chromium: see the end-to-end tests).
const repo = fileURLToPath(new URL('../../', import.meta.url));
const today = '2026-06-01';
let work: string;
const saved = { pdf: process.env.PARCOURS_PDF, today: process.env.PARCOURS_TODAY };
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-build-site-'));
  process.env.PARCOURS_PDF = '0';
  process.env.PARCOURS_TODAY = today;
});
afterAll(async () => {
  for (const [name, value] of [
    ['PARCOURS_PDF', saved.pdf],
    ['PARCOURS_TODAY', saved.today],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  await rm(work, { recursive: true, force: true });
});

/** A copy of the examples' content (no Git: no history pages) at `root`. */
async function copyExamples(root: string): Promise<void> {
  for (const entry of ['journeys', 'personas', 'data', 'public', 'parcours.config.yaml'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
}

/** Counts what each phase reported. */
function counter(): BuildProgress & { counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  const add = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
  return {
    counts,
    start: (phase: BuildPhase) => add(`${phase}:start`),
    step: (phase: BuildPhase, as?: string) => add(as ? `${phase}:${as}` : `${phase}:step`),
    end: (phase: BuildPhase) => add(`${phase}:end`),
  };
}

describe('buildSite', () => {
  it('reuses the cache of the same content built in another folder: the check from the cache, the pages from the last build', async () => {
    const cache = join(work, 'cache');
    const first = join(work, 'clone-a');
    const elsewhere = join(work, 'elsewhere', 'clone-b');
    await copyExamples(first);
    await copyExamples(elsewhere);

    const build = async (root: string) => {
      const checks = countingCache(openContentCache(cache));
      const checked = await checkProject(root, { now: dayStart(today), cache: checks });
      const progress = counter();
      const built = await buildSite({ content: projectContent(root, today, { checked, cache }), outDir: join(root, 'dist'), progress });
      await flushContentCaches();
      return { built, checks, counts: progress.counts };
    };
    const cold = await build(first);
    expect(cold.checks.hits).toBe(0);
    expect(cold.counts['render:reused']).toBeUndefined();

    const pages = cold.counts['render:step']!;
    expect(pages).toBe(cold.built.pages);

    const moved = await build(elsewhere);
    // Every check result comes from what the first folder left, and as many pages as a rebuild in place reuses.
    expect(moved.checks.hits).toBe(moved.checks.lookups);
    expect(moved.built.pages).toBe(pages);
    expect(moved.counts['render:reused']).toBeGreaterThan(0);
    expect((moved.counts['render:step'] ?? 0) + moved.counts['render:reused']!).toBe(pages);
    expect(moved.counts['index:indexed']).toBe(cold.counts['index:indexed']);
    const inPlace = await build(first);
    expect(moved.counts).toEqual(inPlace.counts);
  }, 300_000);

  it('parcours build prints a line per phase where stdout is not a terminal, and only its summary with --quiet', async () => {
    const root = join(work, 'cli');
    await copyExamples(root);
    const env = { PARCOURS_CACHE_DIR: join(work, 'cli-cache'), PARCOURS_PDF: '0', PARCOURS_TODAY: today };
    const loud = memoryIo(root, env);
    expect(await main(['build', '--out', join(work, 'cli-out')], loud), loud.err()).toBe(0);
    const printed = loud.out().split('\n').filter(Boolean);
    // check, render, index, then the summary; each phase with its time.
    expect(printed).toHaveLength(4);
    for (const line of printed.slice(0, 3)) expect(line).toMatch(/^\d+ .* \(\d+,\d s\)$/);
    // The summary too, in the examples' language.
    expect(printed[3]).toMatch(/^\d+ pages construites dans .* en \d+,\d s\.$/);

    const quiet = memoryIo(root, env);
    expect(await main(['build', '--out', join(work, 'cli-out'), '--quiet'], quiet), quiet.err()).toBe(0);
    expect(quiet.out()).toMatch(/^\d+ pages construites dans [^\n]+\n$/);
  }, 300_000);
});
