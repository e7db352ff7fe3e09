import type { Channel, JourneyModel, StepModel, TouchpointModel } from '../core/index.ts';

export interface ChannelUse {
  journey: JourneyModel;
  step: StepModel;
  touchpoint: TouchpointModel;
  /** Contacts per month this touchpoint takes: the step's volume spread over its owned touchpoints. */
  volume?: number;
  /** What those contacts cost per month; 0 for a touchpoint the company does not own. */
  cost?: number;
}

/** Every touchpoint on one channel across all journeys, in journey and map order: the cross-channel view. */
export function channelUsage(channel: Channel, journeys: readonly JourneyModel[]): ChannelUse[] {
  return journeys.flatMap((journey) =>
    journey.steps.flatMap((step) => {
      const owned = step.touchpoints.filter((touchpoint) => touchpoint.owned).length;
      return step.touchpoints
        .filter((touchpoint) => touchpoint.channel === channel.id)
        .map((touchpoint): ChannelUse => {
          const total = step.metrics.volume;
          if (total === undefined) return { journey, step, touchpoint };
          if (!touchpoint.owned) return { journey, step, touchpoint, cost: 0 };
          const volume = total / owned;
          return { journey, step, touchpoint, volume, cost: volume * channel.cost };
        });
    }),
  );
}
