import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import type { CheckResult } from '../check/check-sources.ts';
import { checkEvents, type EventsResult } from './check-events.ts';

const root = fileURLToPath(new URL('./fixtures/known/', import.meta.url));

// Ten hand-written cases (fixtures/known/data/events/log.csv) whose answers were worked out by
// hand: c01 and c02 follow the map (c02 with two events on one step), c03 loops back to the
// offers, c04 enters at the form and skips the upload, c05 leaves at once, c06 has three events
// at the same second (the file order decides), c07 switches from web to phone and skips the form,
// c08 only reads the FAQ (no step), c09 gives a timestamp with an offset, c10 is in two journeys.
let checked: CheckResult;
let result: EventsResult;
beforeAll(async () => {
  checked = await checkProject(root);
  result = await checkEvents(root, checked.project.journeys, checked.project.config.events, { files: checked.files });
});

describe('the analysis of a hand-written log', () => {
  it('counts cases, cases in the map order and variants, per journey', () => {
    expect(result.counts.map(({ journey, cases, inOrder, variants }) => ({ journey, cases, inOrder, variants }))).toEqual([
      { journey: 'souscription', cases: 9, inOrder: 8, variants: 8 },
      { journey: 'support', cases: 2, inOrder: 2, variants: 2 },
    ]);
    expect(result.rows).toBe(32);
    expect(result.badRows).toBe(0);
  });

  it('merges consecutive events on one step into a visit, and counts reach, visits, returns and who goes on', () => {
    const [souscription] = result.counts;
    expect(souscription!.steps).toEqual([
      { step: 0, reached: 7, visits: 8, continued: 6, returned: 1 },
      { step: 1, reached: 6, visits: 7, continued: 5, returned: 1 },
      { step: 2, reached: 6, visits: 6, continued: 3, returned: 0 },
      { step: 3, reached: 4, visits: 4, continued: 3, returned: 0 },
      { step: 4, reached: 3, visits: 3, continued: 0, returned: 0 },
    ]);
    expect(souscription!.starts).toEqual([
      { step: 0, cases: 7 },
      { step: 1, cases: 1 },
      { step: 2, cases: 1 },
    ]);
    expect(souscription!.ends).toEqual([
      { step: 0, cases: 1 },
      { step: 1, cases: 1 },
      { step: 2, cases: 3 },
      { step: 3, cases: 1 },
      { step: 4, cases: 3 },
    ]);
  });

  it('counts directly-follows pairs with the median and 90th percentile of the time between visits', () => {
    const follows = result.counts[0]!.follows.map(({ from, to, transitions, cases }) => [from, to, transitions, cases]);
    expect(follows).toEqual([
      [0, 1, 6, 5],
      [0, 2, 1, 1],
      [1, 0, 1, 1],
      [1, 2, 4, 4],
      [1, 3, 1, 1],
      [2, 3, 3, 3],
      [3, 4, 3, 3],
    ]);
    // 0 -> 1: 7200, 3600, 3600, 3600, 0 (c06, same second), 3600; 1 -> 2: 10800, 3600, 3600, 3600 (c02's visit ends at its second form page).
    expect(result.counts[0]!.follows[0]).toMatchObject({ medianSeconds: 3600, p90Seconds: 5400 });
    expect(result.counts[0]!.follows[3]!.medianSeconds).toBe(3600);
    expect(result.counts[0]!.follows[3]!.p90Seconds).toBeCloseTo(8640, 6);
  });

  it('breaks ties in time by the file order, not by the event name', () => {
    expect(result.counts[0]!.topVariants).toContainEqual({ steps: [0, 1], cases: 1 });
    expect(result.counts[0]!.topVariants[0]).toEqual({ steps: [0, 1, 2, 3, 4], cases: 2 });
    expect(result.counts[0]!.topVariants).toContainEqual({ steps: [0, 1, 0, 1, 2], cases: 1 });
  });

  it('finds channels per step, switches between visits, and contacts per month (an offset moves the time, not the month)', () => {
    const [souscription] = result.counts;
    expect(souscription!.channels.filter((channel) => channel.step === 2)).toEqual([
      { step: 2, channel: 'web', visits: 4, cases: 4 },
      { step: 2, channel: 'phone', visits: 2, cases: 2 },
    ]);
    expect(souscription!.switches).toEqual([
      { from: 2, to: 3, fromChannel: 'web', toChannel: 'email', switches: 3, cases: 3 },
      { from: 0, to: 2, fromChannel: 'web', toChannel: 'phone', switches: 1, cases: 1 },
      { from: 1, to: 3, fromChannel: 'web', toChannel: 'email', switches: 1, cases: 1 },
    ]);
    expect(souscription!.contacts.map(({ month, channel, contacts }) => [month, channel, contacts])).toEqual([
      ['2026-03', 'email', 6],
      ['2026-03', 'phone', 2],
      ['2026-03', 'web', 16],
      ['2026-04', 'email', 1],
      ['2026-04', 'web', 3],
    ]);
  });

  it('counts an event matched in two journeys in both', () => {
    const support = result.counts[1]!;
    expect(support.topVariants).toEqual([
      { steps: [0], cases: 1 },
      { steps: [0, 1], cases: 1 },
    ]);
  });

  it('warns, on the entry, about a pattern that matches no event of the log', () => {
    expect(result.problems.map(({ code, file, line, column, pointer }) => ({ code, file, line, column, pointer }))).toEqual([
      { code: 'events-pattern-unmatched', file: 'journeys/support.yaml', line: 14, column: 37, pointer: '/stages/0/steps/1/events/1' },
    ]);
  });

  it('serves an unchanged log from the cache without opening DuckDB, with the same counts', async () => {
    const store = new Map<string, unknown>();
    const cache = {
      get: (key: string) => structuredClone(store.get(key)),
      set: (key: string, value: unknown) => void store.set(key, structuredClone(value)),
    };
    const first = await checkEvents(root, checked.project.journeys, checked.project.config.events, { cache });
    const second = await checkEvents(root, checked.project.journeys, checked.project.config.events, { cache });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.counts).toEqual(result.counts);
    // Another mapping of the same log is analysed again.
    const renamed = checked.project.journeys.map((journey) => ({
      ...journey,
      steps: journey.steps.map((step) => ({ ...step, events: step.index === 0 ? ['web:*'] : step.events })),
    }));
    const third = await checkEvents(root, renamed, checked.project.config.events, { cache });
    expect(third.cached).toBe(false);
  });
});
