import type { Channel } from './channels.ts';
import type { JourneyModel, StepModel, TouchpointModel } from './project.ts';

export interface ChannelUse {
  journey: JourneyModel;
  step: StepModel;
  touchpoint: TouchpointModel;
  /** Contacts per month this touchpoint takes: the step's volume spread over its owned touchpoints. */
  volume?: number;
  /** What those contacts cost per month; 0 for a touchpoint the company does not own. */
  cost?: number;
}

/**
 * Every touchpoint of each of `channels` across all journeys, in journey and map order, by channel
 * id: the cross-channel view. One pass over the steps serves every channel page and the overview.
 */
export function channelUsage(channels: ReadonlyMap<string, Channel>, journeys: readonly JourneyModel[]): Map<string, ChannelUse[]> {
  const uses = new Map<string, ChannelUse[]>([...channels.keys()].map((id) => [id, []]));
  for (const journey of journeys) {
    for (const step of journey.steps) {
      const owned = step.touchpoints.filter((touchpoint) => touchpoint.owned).length;
      const total = step.metrics.volume;
      for (const touchpoint of step.touchpoints) {
        const channel = channels.get(touchpoint.channel);
        if (!channel) continue;
        if (total === undefined) uses.get(channel.id)!.push({ journey, step, touchpoint });
        else if (!touchpoint.owned) uses.get(channel.id)!.push({ journey, step, touchpoint, cost: 0 });
        else {
          const volume = total / owned;
          uses.get(channel.id)!.push({ journey, step, touchpoint, volume, cost: volume * channel.cost });
        }
      }
    }
  }
  return uses;
}
