import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBenchLog } from '../bench/events-log.ts';
import { checkProject } from '../src/core/check/check-project.ts';
import { checkEvents } from '../src/core/events/check-events.ts';
import { observedJourney } from '../src/core/events/observed-journey.ts';

// The generator of npm run bench:events, small: the analysis of thousands of cases must hold
// together (every case enters once and leaves once, pairs add up to visits), and the generator
// must give the same bytes for the same seed.
const work = mkdtempSync(join(tmpdir(), 'parcours-events-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bench log at a small scale', () => {
  it('is the same bytes for the same seed', () => {
    const digest = (dir: string) =>
      createHash('sha1')
        .update(readFileSync(join(dir, 'data/events/log.csv')))
        .digest('hex');
    writeBenchLog(join(work, 'a'), 5_000);
    writeBenchLog(join(work, 'b'), 5_000);
    expect(digest(join(work, 'a'))).toBe(digest(join(work, 'b')));
  });

  it('gives counts that add up: entries and exits sum to the cases, pairs to the visits after the first', async () => {
    const root = join(work, 'scale');
    const { cases } = writeBenchLog(root, 40_000);
    const checked = await checkProject(root);
    const result = await checkEvents(root, checked.project.journeys, checked.project.config.events);
    expect(result.rows).toBe(40_000);
    expect(result.badRows).toBe(0);
    const [counts] = result.counts;
    expect(counts!.cases).toBe(cases);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(counts!.starts.map((start) => start.cases))).toBe(cases);
    expect(sum(counts!.ends.map((end) => end.cases))).toBe(cases);
    const visits = sum(counts!.steps.map((step) => step.visits));
    expect(sum(counts!.follows.map((pair) => pair.transitions))).toBe(visits - cases);
    for (const step of counts!.steps) expect(step.reached).toBeLessThanOrEqual(cases);
    expect(counts!.inOrder).toBeLessThan(cases);
    const observed = observedJourney(checked.project.journeys[0]!, counts, 10, checked.project.config.channels, 'EUR');
    expect(observed.channelSwitches.some((change) => change.toChannel === 'phone')).toBe(true);
    expect(sum(observed.variants.map((variant) => variant.count)) + (observed.otherVariants?.count ?? 0)).toBe(cases);
  });

  it('gives the same counts under a memory limit smaller than the log, spilling to disk', async () => {
    const root = join(work, 'spill');
    writeBenchLog(root, 400_000);
    const checked = await checkProject(root);
    const config = checked.project.config.events;
    const roomy = await checkEvents(root, checked.project.journeys, config);
    const tight = await checkEvents(
      root,
      checked.project.journeys,
      // DuckDB gets 55% of it (engine-memory.ts): 48MB, less than the log.
      { ...config, memoryLimit: '88MB' },
      { threads: 1, spillDir: join(work, 'spill-here') },
    );
    expect(tight.counts).toEqual(roomy.counts);
    // The run's spill folder is removed with it.
    expect(readdirSync(join(work, 'spill-here'))).toEqual([]);
  }, 180_000);

  it('throws when the engine itself fails (too little memory for one block), rather than blaming the file', async () => {
    const root = join(work, 'spill');
    const checked = await checkProject(root);
    const config = { ...checked.project.config.events, memoryLimit: '8MB' };
    await expect(checkEvents(root, checked.project.journeys, config, { threads: 1 })).rejects.toThrow(/Out of Memory/);
  }, 60_000);
});
