import { describe, expect, it } from 'vitest';
import { CURVE_COLORS, type CurveStep, emotionCurve, tickPercent } from './emotion-curve.ts';

const scale = {
  min: -3,
  max: 3,
  labels: [
    { value: -3, label: 'Furious' },
    { value: 0, label: 'Neutral' },
    { value: 3, label: 'Delighted' },
  ],
};

function step(id: string, emotion: Record<string, number>, extra: Partial<CurveStep> = {}): CurveStep {
  return { id, emotion, momentOfTruth: false, painPoints: [], ...extra };
}

describe('emotionCurve', () => {
  const steps = [
    step('a', { ann: 1, bob: -1 }),
    step('b', { ann: 2, bob: 0 }, { momentOfTruth: true }),
    step('c', { ann: -2, bob: 3 }, { painPoints: ['slow'] }),
  ];

  it('draws one path per curve key, each with its own colour and marker', () => {
    const curve = emotionCurve(steps, ['ann', 'bob'], scale);
    expect(curve.lines.map((line) => line.key)).toEqual(['ann', 'bob']);
    expect(curve.lines.every((line) => line.path.startsWith('M'))).toBe(true);
    expect(new Set(curve.lines.map((line) => line.color)).size).toBe(2);
    expect(new Set(curve.lines.map((line) => line.marker)).size).toBe(2);
  });

  it('puts each point at the centre of its step column', () => {
    const curve = emotionCurve(steps, ['ann'], scale, { columnWidth: 80, offsetX: 20 });
    expect(curve.columns).toEqual([60, 140, 220]);
    expect(curve.lines[0]!.points.map((point) => point.x)).toEqual(curve.columns);
    expect(curve.width).toBe(260);
  });

  it('maps the scale onto the height, the maximum at the top', () => {
    const curve = emotionCurve([step('a', { ann: 3 }), step('b', { ann: -3 })], ['ann'], scale, { height: 100, padding: 10 });
    expect(curve.lines[0]!.points.map((point) => point.y)).toEqual([10, 90]);
    expect(curve.ticks.map((tick) => tick.value)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(curve.ticks.find((tick) => tick.value === 0)).toEqual({ value: 0, y: 50, label: 'Neutral' });
  });

  it('clamps values outside the scale and keeps the given value', () => {
    const curve = emotionCurve([step('a', { ann: 7 }), step('b', { ann: -9 })], ['ann'], scale, { height: 100, padding: 10 });
    expect(curve.lines[0]!.points).toEqual([
      { stepId: 'a', x: 50, y: 10, value: 3, outOfScale: 7 },
      { stepId: 'b', x: 150, y: 90, value: -3, outOfScale: -9 },
    ]);
  });

  it('breaks the line where a persona takes no part in a step', () => {
    const curve = emotionCurve(
      [step('a', { ann: 1 }), step('b', { ann: 2 }), step('c', {}), step('d', { ann: 0 }), step('e', { ann: 1 })],
      ['ann'],
      scale,
    );
    const line = curve.lines[0]!;
    expect(line.points.map((point) => point.stepId)).toEqual(['a', 'b', 'd', 'e']);
    expect(line.path.match(/M/g)).toHaveLength(2);
  });

  it('marks moments of truth and pain points at their columns', () => {
    const curve = emotionCurve(steps, ['ann'], scale);
    expect(curve.momentsOfTruth).toEqual([{ stepId: 'b', x: 150 }]);
    expect(curve.painPoints).toEqual([{ stepId: 'c', x: 250, count: 1 }]);
  });

  it('cycles the palette past eight curves', () => {
    const keys = Array.from({ length: 9 }, (_, index) => `p${index}`);
    const curve = emotionCurve([step('a', {})], keys, scale);
    expect(curve.lines[8]!.color).toBe(CURVE_COLORS[0]);
  });

  it('keeps labelled values as ticks on a long scale', () => {
    const curve = emotionCurve([step('a', { ann: 50 })], ['ann'], { min: 0, max: 100, labels: [{ value: 50, label: 'Mid' }] });
    expect(curve.ticks.map((tick) => tick.value)).toEqual([0, 50, 100]);
  });
});

describe('tickPercent', () => {
  it('puts each guide at the same fraction of the height whatever the column width', () => {
    const wide = emotionCurve([step('a', { ann: 1 })], ['ann'], scale, { columnWidth: 100 });
    const narrow = emotionCurve([step('a', { ann: 1 })], ['ann'], scale, { columnWidth: 12 });
    const percents = (curve: typeof wide) => curve.ticks.map((tick) => tickPercent(curve, tick.y));
    expect(percents(narrow)).toEqual(percents(wide));
    // The scale's maximum sits `padding` from the top, its minimum `padding` from the bottom.
    expect(percents(wide)[0]).toBe(88);
    expect(percents(wide).at(-1)).toBe(12);
    expect(percents(wide)[3]).toBe(50);
  });
});
