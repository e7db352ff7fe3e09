import type { Channel } from './channels.ts';
import type { StepModel } from './project.ts';

/**
 * What a step costs the company per month: its monthly `volume` spread evenly over the touchpoints the
 * company owns, each contact priced at its channel's cost per contact. A touchpoint the company does not
 * own (reviews on social media, a carrier's site) costs it nothing. Undefined when the step gives no volume.
 */
export function stepCost(step: Pick<StepModel, 'touchpoints' | 'metrics'>, channels: ReadonlyMap<string, Channel>): number | undefined {
  const volume = step.metrics.volume;
  if (volume === undefined) return undefined;
  const owned = step.touchpoints.filter((touchpoint) => touchpoint.owned);
  if (owned.length === 0) return 0;
  const perContact = owned.reduce((sum, touchpoint) => sum + (channels.get(touchpoint.channel)?.cost ?? 0), 0) / owned.length;
  return volume * perContact;
}

export interface CostSum {
  /** Sum of the costs of the steps that give a volume; undefined when none does. */
  cost: number | undefined;
  /** How many of the steps give a volume, so a reader knows how complete the sum is. */
  stepsWithVolume: number;
  steps: number;
}

/** The cost to serve of a set of steps (a stage, a journey). */
export function costOfSteps(steps: readonly Pick<StepModel, 'touchpoints' | 'metrics'>[], channels: ReadonlyMap<string, Channel>): CostSum {
  let cost: number | undefined;
  let stepsWithVolume = 0;
  for (const step of steps) {
    const value = stepCost(step, channels);
    if (value === undefined) continue;
    stepsWithVolume++;
    cost = (cost ?? 0) + value;
  }
  return { cost, stepsWithVolume, steps: steps.length };
}
