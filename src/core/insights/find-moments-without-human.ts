import type { InsightFinder } from './insight.ts';
import { stepPointer } from './insight.ts';

/**
 * Moments of truth whose touchpoints include no channel of kind `human` (chat with an advisor,
 * phone, video, face to face): when the moment goes wrong, the customer has nobody to turn to.
 * A store or branch counts as physical; give it the kind `human` in parcours.config.yaml when
 * advisors are there to help.
 */
export const findMomentsWithoutHuman: InsightFinder = (journey, { config }) =>
  journey.steps
    .filter(
      (step) =>
        step.momentOfTruth &&
        step.touchpoints.length > 0 &&
        !step.touchpoints.some((touchpoint) => config.channels.get(touchpoint.channel)?.kind === 'human'),
    )
    .map((step) => ({
      code: 'moment-of-truth-without-human' as const,
      journey: journey.id,
      step: step.id,
      pointer: `${stepPointer(journey, step)}/touchpoints`,
      params: { channels: [...new Set(step.touchpoints.map((touchpoint) => touchpoint.channel))] },
    }));
