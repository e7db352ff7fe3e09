import { describe, expect, it } from 'vitest';
import { layoutSwitchFlow } from './observed-flow.ts';

describe('the flow of channel switches', () => {
  const layout = layoutSwitchFlow(
    [
      { fromChannel: 'web', toChannel: 'phone', count: 30 },
      { fromChannel: 'web', toChannel: 'email', count: 10 },
      { fromChannel: 'phone', toChannel: 'web', count: 10 },
    ],
    600,
    100,
  );

  it('makes each channel as tall as its switches, largest first, on each side', () => {
    expect(layout.nodes.map(({ side, channel, height }) => [side, channel, height])).toEqual([
      ['from', 'web', 80],
      ['from', 'phone', 20],
      ['to', 'phone', 60],
      ['to', 'email', 20],
      ['to', 'web', 20],
    ]);
  });

  it('draws a band per switch as wide as its count, from the left column to the right one', () => {
    expect(layout.links.map((link) => link.width)).toEqual([60, 20, 20]);
    expect(layout.links[0]!.path).toMatch(/^M14,30C300,30,300,30,586,30$/);
    // The second band from web starts below the first one.
    expect(layout.links[1]!.path.startsWith('M14,70')).toBe(true);
  });
});
