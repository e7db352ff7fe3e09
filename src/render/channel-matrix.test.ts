import { describe, expect, it } from 'vitest';
import { journeyCost } from '../core/model/project-series.ts';
import { channelMatrix } from './channel-matrix.ts';
import { sampleConfig, sampleJourney } from './fixtures/sample-journey.ts';

describe('channelMatrix', () => {
  const matrix = channelMatrix(sampleJourney, sampleConfig.channels, journeyCost(sampleJourney, sampleConfig.channels));

  it('keeps only the channels the journey uses, grouped digital, human, physical', () => {
    expect(matrix.groups.map((group) => [group.kind, group.channels.map((channel) => channel.id)])).toEqual([
      ['digital', ['web', 'social', 'whatsapp']],
      ['human', ['phone']],
      ['physical', ['store']],
    ]);
    expect(matrix.channels.map((channel) => channel.id)).toEqual(['web', 'social', 'whatsapp', 'phone', 'store']);
  });

  it('counts the touchpoints of each stage on each channel, owned or not', () => {
    expect(matrix.rows.map((row) => [row.stageId, row.counts])).toEqual([
      ['find', [1, 1, 1, 1, 0]],
      ['buy', [1, 1, 0, 0, 1]],
    ]);
    expect(matrix.total.counts).toEqual([2, 2, 1, 1, 1]);
  });

  it('adds up the cost to serve of each stage and of the journey', () => {
    // search: 1000 contacts on the web only (social is not owned) at 0.30; ask: 100 split over phone (3) and WhatsApp (1).
    expect(matrix.rows[0]).toMatchObject({ cost: 300 + 200, stepsWithVolume: 2, steps: 2 });
    // visit gives no volume; rate happens only on a channel the company does not own.
    expect(matrix.rows[1]).toMatchObject({ cost: 0, stepsWithVolume: 1, steps: 2 });
    expect(matrix.total).toMatchObject({ cost: 500, stepsWithVolume: 3, steps: 4 });
  });

  it('shows a channel missing from the catalogue rather than losing its touchpoints', () => {
    const catalogue = new Map([...sampleConfig.channels].filter(([id]) => id !== 'store'));
    const partial = channelMatrix(sampleJourney, catalogue, journeyCost(sampleJourney, catalogue));
    expect(partial.channels.map((channel) => channel.id)).toContain('store');
    expect(partial.total.counts.reduce((a, b) => a + b)).toBe(7);
  });
});
