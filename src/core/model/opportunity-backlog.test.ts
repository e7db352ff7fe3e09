import { describe, expect, it } from 'vitest';
import { buildJourney } from './build-project.ts';
import { opportunityBacklog } from './opportunity-backlog.ts';

const journey = buildJourney('journeys/j.yaml', {
  id: 'j',
  title: 'J',
  stages: [
    {
      id: 's',
      name: 'S',
      steps: [
        { id: 'a', name: 'A', opportunities: ['Unrated', { title: 'Low impact', impact: 'low', effort: 'low' }] },
        {
          id: 'b',
          name: 'B',
          momentOfTruth: true,
          painPoints: ['Slow'],
          opportunities: [
            { title: 'High, hard', impact: 'high', effort: 'high' },
            { title: 'High, easy', impact: 'high', effort: 'low' },
          ],
        },
        {
          id: 'c',
          name: 'C',
          opportunities: [
            { title: 'Medium', impact: 'medium' },
            { title: 'High, easy too', impact: 'high', effort: 'low' },
          ],
        },
      ],
    },
  ],
});

describe('opportunityBacklog', () => {
  it('sorts by impact, then effort, unrated last, ties in map order', () => {
    expect(opportunityBacklog([journey]).map((item) => item.opportunity.title)).toEqual([
      'High, easy',
      'High, easy too',
      'High, hard',
      'Medium',
      'Low impact',
      'Unrated',
    ]);
  });

  it('flags opportunities on moments of truth and pain points', () => {
    const item = opportunityBacklog([journey]).find((entry) => entry.opportunity.title === 'High, hard')!;
    expect(item).toMatchObject({ onMomentOfTruth: true, onPainPoint: true });
    expect(item.step.id).toBe('b');
  });
});
