import { describe, expect, it } from 'vitest';
import { buildJourney } from '../core/model/build-project.ts';
import { POSTER, posterSize, textLines } from './poster-size.ts';

const journey = (steps: number, thought = 'Une pensée courte') =>
  buildJourney('journeys/j.yaml', {
    id: 'j',
    title: 'J',
    personas: ['p'],
    stages: [
      {
        id: 's',
        name: 'Phase',
        steps: Array.from({ length: steps }, (_, index) => ({
          id: `e${index}`,
          name: `Étape ${index}`,
          touchpoints: ['web'],
          emotion: 1,
          thoughts: [thought],
        })) as never,
      },
    ],
  });

describe('textLines', () => {
  it('wraps by words, and breaks a word longer than a line', () => {
    expect(textLines('', 10)).toBe(1);
    expect(textLines('un deux trois', 20)).toBe(1);
    expect(textLines('un deux trois quatre', 10)).toBe(3);
    expect(textLines('x'.repeat(25), 10)).toBe(3);
    expect(textLines(`ab ${'x'.repeat(25)}`, 10)).toBe(4);
  });
});

describe('posterSize', () => {
  it('gives the page a column a step beside the lane titles, within the margins', () => {
    const size = posterSize(journey(16));
    expect(size.widthMm).toBe(2 * POSTER.marginMm + POSTER.laneTitleMm + 16 * POSTER.columnMm);
    expect(posterSize(journey(40)).widthMm - size.widthMm).toBe(24 * POSTER.columnMm);
  });

  it('makes each lane as tall as its fullest cell, and the page taller when a cell holds more text', () => {
    const short = posterSize(journey(4));
    const long = posterSize(journey(4, 'Une pensée bien plus longue, qui prend plusieurs lignes dans une colonne étroite du poster.'));
    expect(short.lanes.map((lane) => lane.lane)).toEqual(['touchpoints', 'emotion', 'thoughts']);
    const thoughts = (size: typeof short) => size.lanes.find((lane) => lane.lane === 'thoughts')!.heightMm;
    expect(thoughts(long)).toBeGreaterThan(thoughts(short) * 2);
    expect(long.heightMm).toBeGreaterThan(short.heightMm);
    expect(short.lanes.find((lane) => lane.lane === 'emotion')!.heightMm).toBe(POSTER.curveMm);
  });
});
