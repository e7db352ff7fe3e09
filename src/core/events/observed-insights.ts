import type { Channel } from '../model/channels.ts';
import type { JourneyModel } from '../model/project.ts';
import type { ObservedJourney } from './observed-journey.ts';

/** What the observed paths say that the map alone does not. */
export type ObservedInsight =
  /** Among the largest shares of cases leaving the journey at a step (the last mapped step aside: ending there is finishing). */
  | { kind: 'drop-off'; journey: string; step: string; dropOff: number; dropped: number }
  /** Cases moving from a channel to a costlier one between two visits; monthlyCost prices those contacts on the costlier channel. */
  | {
      kind: 'costly-switch';
      journey: string;
      from: string;
      to: string;
      fromChannel: string;
      toChannel: string;
      count: number;
      monthlyCost: number;
    }
  /** The costly switches past the first COSTLY_SWITCHES_SHOWN: how many pairs of steps and channels, their switches and monthly cost. */
  | { kind: 'costly-switch-others'; journey: string; pairs: number; count: number; monthlyCost: number }
  /** A mapped step that few of the journey's cases reach (or too few to publish). */
  | { kind: 'rarely-reached'; journey: string; step: string; reach?: number }
  /** A frequent directly-follows pair the map does not draw: back to an earlier step, or over mapped steps. */
  | { kind: 'loop-back' | 'skip'; journey: string; from: string; to: string; count: number; share: number };

/** Drop-offs above this share are reported, the largest three per journey. */
export const DROP_OFF_FROM = 0.2;
/** Switches to a costlier channel shown per journey, the costliest a month first; the others are summed in one insight. */
export const COSTLY_SWITCHES_SHOWN = 5;
/** Steps reached by fewer than this share of cases are reported. */
export const RARELY_REACHED_BELOW = 0.1;
/** Paths off the map followed by at least this share of cases are reported. */
export const FREQUENT_PATH_FROM = 0.05;

/**
 * The insights of one journey's observed paths. Each is made only of published figures (the
 * observed journey, already thresholded), so an insight never reveals a withheld one.
 */
export function observedInsights(
  journey: JourneyModel,
  observed: ObservedJourney,
  channels: ReadonlyMap<string, Channel>,
): ObservedInsight[] {
  if (observed.cases === undefined) return [];
  const cases = observed.cases;
  const insights: ObservedInsight[] = [];
  const index = new Map(journey.steps.map((step) => [step.id, step.index]));
  const mapped = observed.steps.filter((step) => step.mapped);
  const last = mapped.at(-1)?.id;
  const drops = mapped
    .filter((step) => step.id !== last && step.dropOff !== undefined && step.dropOff >= DROP_OFF_FROM)
    .sort((a, b) => b.dropOff! - a.dropOff!)
    .slice(0, 3);
  for (const step of drops)
    insights.push({ kind: 'drop-off', journey: journey.id, step: step.id, dropOff: step.dropOff!, dropped: step.dropped! });
  const months = Math.max(1, observed.costToServe?.months ?? 1);
  const costly: Extract<ObservedInsight, { kind: 'costly-switch' }>[] = [];
  for (const change of observed.channelSwitches) {
    const from = channels.get(change.fromChannel)?.cost;
    const to = channels.get(change.toChannel)?.cost;
    if (from === undefined || to === undefined || to <= from) continue;
    costly.push({ kind: 'costly-switch', journey: journey.id, ...change, monthlyCost: (change.count / months) * to });
  }
  // A log with many channels gives a switch for nearly every pair of steps: the costliest are read, the rest summed.
  costly.sort((a, b) => b.monthlyCost - a.monthlyCost || b.count - a.count);
  insights.push(...costly.slice(0, COSTLY_SWITCHES_SHOWN));
  const others = costly.slice(COSTLY_SWITCHES_SHOWN);
  if (others.length > 0)
    insights.push({
      kind: 'costly-switch-others',
      journey: journey.id,
      pairs: others.length,
      count: others.reduce((sum, change) => sum + change.count, 0),
      monthlyCost: others.reduce((sum, change) => sum + change.monthlyCost, 0),
    });
  for (const step of mapped)
    if (step.reach === undefined || step.reach < RARELY_REACHED_BELOW)
      insights.push({
        kind: 'rarely-reached',
        journey: journey.id,
        step: step.id,
        ...(step.reach !== undefined ? { reach: step.reach } : {}),
      });
  const mappedIndexes = mapped.map((step) => index.get(step.id)!);
  for (const pair of observed.directlyFollows) {
    const from = index.get(pair.from)!;
    const to = index.get(pair.to)!;
    const share = pair.cases / cases;
    if (share < FREQUENT_PATH_FROM) continue;
    if (to <= from) insights.push({ kind: 'loop-back', journey: journey.id, from: pair.from, to: pair.to, count: pair.cases, share });
    else if (mappedIndexes.some((between) => between > from && between < to))
      insights.push({ kind: 'skip', journey: journey.id, from: pair.from, to: pair.to, count: pair.cases, share });
  }
  return insights;
}
