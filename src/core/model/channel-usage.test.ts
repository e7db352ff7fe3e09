import { describe, expect, it } from 'vitest';
import { channelUsage } from './channel-usage.ts';
import { costOfSteps } from './cost-to-serve.ts';
import { sampleConfig, sampleJourney } from '../../render/fixtures/sample-journey.ts';

describe('channelUsage', () => {
  it('lists the touchpoints of a channel, owned or not, with their share of the cost', () => {
    const uses = channelUsage(sampleConfig.channels, [sampleJourney]);
    const phone = uses.get('phone')!;
    expect(phone.map((use) => [use.step.id, use.volume, use.cost])).toEqual([['ask', 50, 150]]);
    const social = uses.get('social')!;
    expect(social.map((use) => [use.step.id, use.touchpoint.owned, use.cost])).toEqual([
      ['search', false, 0],
      ['rate', false, 0],
    ]);
  });

  it('adds up, over every channel, to the journey cost to serve', () => {
    const sum = [...channelUsage(sampleConfig.channels, [sampleJourney]).values()]
      .flat()
      .reduce((total, use) => total + (use.cost ?? 0), 0);
    expect(sum).toBeCloseTo(costOfSteps(sampleJourney.steps, sampleConfig.channels).cost!);
  });
});
