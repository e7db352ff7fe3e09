import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import type { JourneyModel } from '../model/project.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';
import { checkEvents } from './check-events.ts';
import type { JourneyCounts } from './journey-counts.ts';
import { COSTLY_SWITCHES_SHOWN, observedInsights } from './observed-insights.ts';
import { observedJourney } from './observed-journey.ts';

const root = fileURLToPath(new URL('./fixtures/known/', import.meta.url));
let journey: JourneyModel;
let counts: JourneyCounts;
let config: ResolvedConfig;
beforeAll(async () => {
  const checked = await checkProject(root);
  config = checked.project.config;
  journey = checked.project.journeys.find((candidate) => candidate.id === 'souscription')!;
  counts = (await checkEvents(root, checked.project.journeys, config.events)).counts[0]!;
});

describe('the published view of a journey', () => {
  it('uses step ids throughout, with reach, drop-off, entries, exits, variants and conformance', () => {
    const observed = observedJourney(journey, counts, 1, config.channels, 'EUR');
    expect(observed.cases).toBe(9);
    expect(observed.steps.map(({ id, mapped, reached, dropped }) => [id, mapped, reached, dropped])).toEqual([
      ['decouvrir', true, 7, 1],
      ['formulaire', true, 6, 1],
      ['justificatif', true, 6, 3],
      ['validation', true, 4, 1],
      ['bienvenue', true, 3, 3],
      ['parrainer', false, undefined, undefined],
    ]);
    expect(observed.starts).toEqual([
      { step: 'decouvrir', count: 7 },
      { step: 'formulaire', count: 1 },
      { step: 'justificatif', count: 1 },
    ]);
    expect(observed.directlyFollows[0]).toMatchObject({ from: 'decouvrir', to: 'formulaire', count: 6, cases: 5 });
    expect(observed.variants[0]).toEqual({ steps: ['decouvrir', 'formulaire', 'justificatif', 'validation', 'bienvenue'], count: 2 });
    expect(observed.conformance).toEqual({ inOrder: 8, lastStep: 'bienvenue', reachedLast: 3 });
    expect(observed.withheld).toBe(0);
    // 28 contacts over two months: 19 web at 0.30, 7 emails at 2.50, 2 calls at 3; the step's volume of 100 is spread over web and phone.
    expect(observed.costToServe?.observedMonthly).toBeCloseTo((19 * 0.3 + 7 * 2.5 + 2 * 3) / 2, 9);
    expect(observed.costToServe?.fromVolumes).toBeCloseTo(100 * ((0.3 + 3) / 2), 9);
  });

  it('leaves out, rather than rounds, every figure made over fewer cases than the minimum, and counts them', () => {
    const observed = observedJourney(journey, counts, 4, config.channels, 'EUR');
    expect(observed.starts).toEqual([{ step: 'decouvrir', count: 7 }]);
    expect(observed.steps[4]).toEqual({ id: 'bienvenue', mapped: true, channels: [] });
    expect(observed.steps[2]!.channels).toEqual([{ channel: 'web', visits: 4, share: 4 / 6 }]);
    expect(observed.variants).toEqual([]);
    expect(observed.otherVariants).toEqual({ count: 9, variants: 8 });
    expect(observed.conformance).toEqual({ inOrder: 8, lastStep: 'bienvenue' });
    expect(observed.withheld).toBeGreaterThan(10);
    const json = JSON.stringify(observed);
    expect(json).not.toMatch(/"(count|cases|reached|visits|dropped)":[123]\b/);
  });

  it('publishes nothing but the minimum when the journey has fewer cases', () => {
    const observed = observedJourney(journey, counts, 10, config.channels, 'EUR');
    expect(observed.cases).toBeUndefined();
    expect(observed.steps.every((step) => step.reached === undefined)).toBe(true);
    expect(observed.withheld).toBe(1);
    expect(observedInsights(journey, observed, config.channels)).toEqual([]);
  });

  it('finds the largest drop-offs, switches to costlier channels, and paths the map does not draw', () => {
    const insights = observedInsights(journey, observedJourney(journey, counts, 1, config.channels, 'EUR'), config.channels);
    expect(insights.flatMap((insight) => (insight.kind === 'drop-off' ? [insight.step] : []))).toEqual(['justificatif', 'validation']);
    expect(
      insights
        .filter((insight) => insight.kind === 'costly-switch')
        .map((insight) => [insight.from, insight.to, insight.count, insight.monthlyCost]),
    ).toEqual([
      ['justificatif', 'validation', 3, 3.75],
      ['decouvrir', 'justificatif', 1, 1.5],
      ['formulaire', 'validation', 1, 1.25],
    ]);
    expect(
      insights.flatMap((insight) =>
        insight.kind === 'loop-back' || insight.kind === 'skip' ? [[insight.kind, insight.from, insight.to]] : [],
      ),
    ).toEqual([
      ['skip', 'decouvrir', 'justificatif'],
      ['loop-back', 'formulaire', 'decouvrir'],
      ['skip', 'formulaire', 'validation'],
    ]);
  });

  it('lists the costliest switches a month and sums the others in one insight', () => {
    const observed = observedJourney(journey, counts, 1, config.channels, 'EUR');
    // Web to phone between every pair of the first steps: more switches than the list shows.
    const ids = journey.steps.map((step) => step.id);
    const channelSwitches = ids.flatMap((from, index) =>
      ids.slice(index + 1).map((to, offset) => ({ from, to, fromChannel: 'web', toChannel: 'phone', count: 10 + index * 7 + offset })),
    );
    expect(channelSwitches.length).toBeGreaterThan(COSTLY_SWITCHES_SHOWN + 1);
    const insights = observedInsights(journey, { ...observed, channelSwitches }, config.channels);
    const shown = insights.filter((insight) => insight.kind === 'costly-switch');
    expect(shown.map((insight) => insight.count)).toEqual(
      channelSwitches
        .map((change) => change.count)
        .sort((a, b) => b - a)
        .slice(0, COSTLY_SWITCHES_SHOWN),
    );
    const others = insights.filter((insight) => insight.kind === 'costly-switch-others');
    const rest = channelSwitches
      .map((change) => change.count)
      .sort((a, b) => b - a)
      .slice(COSTLY_SWITCHES_SHOWN);
    expect(others.map(({ pairs, count }) => ({ pairs, count }))).toEqual([
      { pairs: rest.length, count: rest.reduce((sum, count) => sum + count, 0) },
    ]);
    const phone = config.channels.get('phone')!.cost!;
    const months = observed.costToServe!.months;
    expect(others[0]!.monthlyCost).toBeCloseTo((rest.reduce((sum, count) => sum + count, 0) / months) * phone);
  });
});
