import type { Channel, ChannelKind, JourneyModel } from '../core/index.ts';
import type { CostSum } from '../core/model/cost-to-serve.ts';
import type { JourneyCost } from '../core/model/project-series.ts';

export const CHANNEL_KINDS: readonly ChannelKind[] = ['digital', 'human', 'physical'];

export interface ChannelMatrixRow extends CostSum {
  stageId: string;
  name: string;
  /** Touchpoints per channel, in the order of `ChannelMatrix.channels`. */
  counts: number[];
}

export interface ChannelMatrix {
  /** The channels the journey uses, grouped by kind (digital, human, physical), empty groups left out. */
  groups: { kind: ChannelKind; channels: Channel[] }[];
  /** The same channels, flat, in group order: the matrix's columns. */
  channels: Channel[];
  rows: ChannelMatrixRow[];
  total: CostSum & { counts: number[] };
}

/** Stages x channels: how many touchpoints each stage has on each channel, and what each stage costs (`cost`, from the check's ProjectSeries). */
export function channelMatrix(journey: JourneyModel, catalogue: ReadonlyMap<string, Channel>, cost: JourneyCost): ChannelMatrix {
  const used = new Set(journey.steps.flatMap((step) => step.touchpoints.map((touchpoint) => touchpoint.channel)));
  const known = [...catalogue.values()].filter((channel) => used.has(channel.id));
  // A channel missing from the catalogue is a validation error; draw it anyway rather than lose touchpoints.
  const unknown = [...used]
    .filter((id) => !catalogue.has(id))
    .sort()
    .map((id): Channel => ({ id, name: id, kind: 'digital', cost: 0, builtIn: false }));
  const all = [...known, ...unknown];
  const groups = CHANNEL_KINDS.map((kind) => ({ kind, channels: all.filter((channel) => channel.kind === kind) })).filter(
    (group) => group.channels.length > 0,
  );
  const channels = groups.flatMap((group) => group.channels);
  const column = new Map(channels.map((channel, index) => [channel.id, index]));

  const rows = journey.stages.map((stage, index): ChannelMatrixRow => {
    const counts = channels.map(() => 0);
    for (const step of stage.steps) for (const touchpoint of step.touchpoints) counts[column.get(touchpoint.channel)!]!++;
    return { stageId: stage.id, name: stage.name, counts, ...cost.stages[index]! };
  });
  return {
    groups,
    channels,
    rows,
    total: { counts: channels.map((_, index) => rows.reduce((sum, row) => sum + row.counts[index]!, 0)), ...cost.total },
  };
}
