import type { Channel } from '../model/channels.ts';
import { costOfSteps } from '../model/cost-to-serve.ts';
import type { JourneyModel } from '../model/project.ts';
import type { JourneyCounts } from './journey-counts.ts';

/** The name and version of the format of observed.json (docs/observed-format.md). */
export const OBSERVED_FORMAT = 'parcours-observed/1';

/**
 * What was observed of one journey, as published (`/journeys/<id>/observed.json`, the journey
 * page, `parcours events --format json`): step ids throughout, no case id, no event. A figure
 * made over fewer cases than `minCases` is left out (its field is absent, or its row is), never
 * rounded; `withheld` counts what was left out, so a reader knows the picture is partial.
 */
export interface ObservedJourney {
  format: typeof OBSERVED_FORMAT;
  journey: string;
  minCases: number;
  /** Cases of the journey (with at least one visit to its steps); absent when fewer than minCases: then nothing else is published. */
  cases?: number;
  /** First and last day an event of these cases was seen (UTC dates). */
  period?: { from: string; to: string };
  /** Every step of the map, in map order; `mapped` says whether it lists events at all. */
  steps: ObservedStep[];
  starts: { step: string; count: number }[];
  ends: { step: string; count: number }[];
  directlyFollows: { from: string; to: string; count: number; cases: number; medianSeconds?: number; p90Seconds?: number }[];
  variants: { steps: string[]; count: number }[];
  /** Cases whose variant is not among `variants` (the less frequent ones, and those withheld), and how many variants they follow. */
  otherVariants?: { count: number; variants: number };
  conformance?: {
    /** Cases whose visits follow the map's order, skips allowed. */
    inOrder?: number;
    /** The last mapped step, and the cases that reach it. */
    lastStep: string;
    reachedLast?: number;
  };
  channelSwitches: { from: string; to: string; fromChannel: string; toChannel: string; count: number }[];
  /** Contacts (visits) per month and channel. */
  contacts: { month: string; channel: string; count: number }[];
  costToServe?: {
    /** Average per month of the observed contacts, each at its channel's cost per contact. */
    observedMonthly?: number;
    months: number;
    /** The cost computed from the steps' metrics.volume (model/cost-to-serve.ts), for comparison. */
    fromVolumes?: number;
    currency: string;
  };
  /** How many figures were left out for being made over fewer than minCases cases. */
  withheld: number;
}

export interface ObservedStep {
  id: string;
  mapped: boolean;
  /** Cases that visit the step. */
  reached?: number;
  /** reached / cases. */
  reach?: number;
  visits?: number;
  /** Cases that reach the step and never go on to a later step of the map. */
  dropped?: number;
  /** dropped / reached. */
  dropOff?: number;
  /** Cases that come back to the step after leaving it. */
  returned?: number;
  /** Visits per channel (by the channel of their first event), most used first. */
  channels: { channel: string; visits: number; share: number }[];
}

/**
 * The published view of a journey's counts: step positions become ids, and every figure made
 * over fewer than `minCases` cases is left out. Drop-off: of the cases reaching a step, the share
 * that never reach a later step of the map afterwards (pm4py-style funnels use the next step only;
 * a map's skips make "any later step" the fairer reading).
 */
export function observedJourney(
  journey: JourneyModel,
  counts: JourneyCounts | undefined,
  minCases: number,
  channels: ReadonlyMap<string, Channel>,
  currency: string,
): ObservedJourney {
  let withheld = 0;
  const keep = (cases: number) => {
    if (cases >= minCases) return true;
    withheld++;
    return false;
  };
  const idOf = (index: number) => journey.steps[index]?.id ?? String(index);
  const mappedSteps = journey.steps.filter((step) => (step.events ?? []).length > 0);
  const base: ObservedJourney = {
    format: OBSERVED_FORMAT,
    journey: journey.id,
    minCases,
    steps: journey.steps.map((step) => ({ id: step.id, mapped: (step.events ?? []).length > 0, channels: [] })),
    starts: [],
    ends: [],
    directlyFollows: [],
    variants: [],
    channelSwitches: [],
    contacts: [],
    withheld: 0,
  };
  if (!counts || !keep(counts.cases)) return { ...base, withheld: counts ? 1 : 0 };
  const cases = counts.cases;
  const steps: ObservedStep[] = journey.steps.map((step, index) => {
    const mapped = (step.events ?? []).length > 0;
    const row = counts.steps.find((candidate) => candidate.step === index);
    const reached = row?.reached ?? 0;
    if (!mapped) return { id: step.id, mapped, channels: [] };
    if (!keep(reached)) return { id: step.id, mapped, channels: [] };
    const dropped = reached - row!.continued;
    const stepChannels = counts.channels.filter((channel) => channel.step === index);
    const visits = row!.visits;
    return {
      id: step.id,
      mapped,
      reached,
      reach: reached / cases,
      visits,
      ...(dropped === 0 || keep(dropped) ? { dropped, dropOff: dropped / reached } : {}),
      ...(row!.returned > 0 && keep(row!.returned) ? { returned: row!.returned } : {}),
      channels: stepChannels
        .filter((channel) => keep(channel.cases))
        .map((channel) => ({ channel: channel.channel, visits: channel.visits, share: channel.visits / visits })),
    };
  });
  const lastStep = mappedSteps.at(-1);
  const lastReached = lastStep ? (counts.steps.find((row) => row.step === lastStep.index)?.reached ?? 0) : 0;
  const variants = counts.topVariants
    .filter((variant) => keep(variant.cases))
    .map((variant) => ({ steps: variant.steps.map(idOf), count: variant.cases }));
  const inVariants = variants.reduce((sum, variant) => sum + variant.count, 0);
  const otherCount = cases - inVariants;
  const otherVariants = otherCount > 0 && keep(otherCount) ? { count: otherCount, variants: counts.variants - variants.length } : undefined;
  const months = [...new Set(counts.contacts.map((contact) => contact.month))];
  const contacts = counts.contacts
    .filter((contact) => keep(contact.cases))
    .map((contact) => ({ month: contact.month, channel: contact.channel, count: contact.contacts }));
  // The cost is a sum over every case of the journey (at least minCases), so no contact is left out of it.
  const observedTotal = counts.contacts.reduce((sum, contact) => sum + contact.contacts * (channels.get(contact.channel)?.cost ?? 0), 0);
  const fromVolumes = costOfSteps(journey.steps, channels).cost;
  return {
    ...base,
    cases,
    period: { from: counts.firstSeen.slice(0, 10), to: counts.lastSeen.slice(0, 10) },
    steps,
    starts: counts.starts.filter((start) => keep(start.cases)).map((start) => ({ step: idOf(start.step), count: start.cases })),
    ends: counts.ends.filter((end) => keep(end.cases)).map((end) => ({ step: idOf(end.step), count: end.cases })),
    directlyFollows: counts.follows
      .filter((pair) => keep(pair.cases))
      .map((pair) => ({
        from: idOf(pair.from),
        to: idOf(pair.to),
        count: pair.transitions,
        cases: pair.cases,
        medianSeconds: pair.medianSeconds,
        p90Seconds: pair.p90Seconds,
      })),
    variants,
    ...(otherVariants ? { otherVariants } : {}),
    ...(lastStep
      ? {
          conformance: {
            ...(keep(counts.inOrder) ? { inOrder: counts.inOrder } : {}),
            lastStep: lastStep.id,
            ...(keep(lastReached) ? { reachedLast: lastReached } : {}),
          },
        }
      : {}),
    channelSwitches: counts.switches
      .filter((change) => keep(change.cases))
      .map((change) => ({
        from: idOf(change.from),
        to: idOf(change.to),
        fromChannel: change.fromChannel,
        toChannel: change.toChannel,
        count: change.switches,
      })),
    contacts,
    costToServe: {
      ...(months.length > 0 ? { observedMonthly: observedTotal / months.length } : {}),
      months: months.length,
      ...(fromVolumes !== undefined ? { fromVolumes } : {}),
      currency,
    },
    withheld,
  };
}
