import { describe, expect, it } from 'vitest';
import { measurementTrends } from './measurement-trend.ts';

const month = (period: string, metrics: Record<string, number>) => ({ period, start: `${period}-01`, end: `${period}-28`, metrics });

describe('measurementTrends', () => {
  it('gives each metric its latest figure, its direction and a sparkline across the periods that have it', () => {
    const trends = measurementTrends([
      month('2026-01', { csat: 70, volume: 900 }),
      month('2026-02', { csat: 74 }),
      month('2026-03', { csat: 72, volume: 1000 }),
    ]);
    expect(trends.map((trend) => [trend.metric, trend.latest, trend.previous?.value, trend.direction])).toEqual([
      ['csat', { period: '2026-03', value: 72 }, 74, 'down'],
      ['volume', { period: '2026-03', value: 1000 }, 900, 'up'],
    ]);
    const csat = trends[0]!;
    expect(csat.points.map((point) => point.x)).toEqual([2, 30, 58]);
    // The highest value at the top of the box, the lowest at the bottom.
    expect(csat.points.map((point) => point.y)).toEqual([14, 2, 8]);
    expect(csat.path).toBe('M2,14L30,2L58,8');
  });

  it('draws no line for a single period and a flat one for equal values', () => {
    const [single] = measurementTrends([month('2026-01', { nps: 10 })]);
    expect([single!.path, single!.direction, single!.previous]).toEqual(['', 'flat', undefined]);
    const [flat] = measurementTrends([month('2026-01', { nps: 10 }), month('2026-02', { nps: 10 })]);
    expect(flat!.points.map((point) => point.y)).toEqual([8, 8]);
  });
});
