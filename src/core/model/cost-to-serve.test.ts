import { describe, expect, it } from 'vitest';
import { costOfSteps, stepCost } from './cost-to-serve.ts';
import { sampleConfig } from '../../render/fixtures/sample-journey.ts';

const channels = sampleConfig.channels;

describe('stepCost', () => {
  it('prices the monthly volume at the channel cost per contact', () => {
    expect(stepCost({ touchpoints: [{ channel: 'phone', owned: true }], metrics: { volume: 10 } }, channels)).toBe(30);
  });

  it('spreads the volume evenly over the owned touchpoints', () => {
    const cost = stepCost(
      {
        touchpoints: [
          { channel: 'phone', owned: true },
          { channel: 'in-person', owned: true },
        ],
        metrics: { volume: 10 },
      },
      channels,
    );
    expect(cost).toBe(5 * 3 + 5 * 15);
  });

  it('costs nothing on channels the company does not own', () => {
    expect(stepCost({ touchpoints: [{ channel: 'social', owned: false }], metrics: { volume: 10 } }, channels)).toBe(0);
  });

  it('is unknown without a volume', () => {
    expect(stepCost({ touchpoints: [{ channel: 'phone', owned: true }], metrics: {} }, channels)).toBeUndefined();
  });
});

describe('costOfSteps', () => {
  it('says how many steps the sum rests on', () => {
    const steps = [
      { touchpoints: [{ channel: 'web', owned: true }], metrics: { volume: 100 } },
      { touchpoints: [{ channel: 'web', owned: true }], metrics: {} },
    ];
    expect(costOfSteps(steps, channels)).toEqual({ cost: 30, stepsWithVolume: 1, steps: 2 });
    expect(costOfSteps([steps[1]!], channels)).toEqual({ cost: undefined, stepsWithVolume: 0, steps: 1 });
  });
});
