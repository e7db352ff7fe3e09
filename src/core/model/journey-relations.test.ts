import { describe, expect, it } from 'vitest';
import { buildJourney } from './build-project.ts';
import { journeyRelations } from './journey-relations.ts';

const stages = (subJourney?: string) =>
  [{ id: 's', name: 'S', steps: [{ id: 'x', name: 'X', ...(subJourney ? { subJourney } : {}) }] }] as const;
const current = buildJourney('journeys/now.yaml', { id: 'now', title: 'Now', stages: [...stages('detail')] as never });
const target = buildJourney('journeys/next.yaml', {
  id: 'next',
  title: 'Next',
  state: 'target',
  targetOf: 'now',
  stages: [...stages()] as never,
});
const detail = buildJourney('journeys/detail.yaml', { id: 'detail', title: 'Detail', stages: [...stages()] as never });
const relations = journeyRelations([current, target, detail]);

describe('journeyRelations', () => {
  it('links a current map to its targets and back', () => {
    expect(relations.get('now')!.targets.map((journey) => journey.id)).toEqual(['next']);
    expect(relations.get('next')!.current?.id).toBe('now');
  });

  it('finds the steps that lead into a sub-journey', () => {
    expect(relations.get('detail')!.parents.map(({ journey, step }) => `${journey.id}#${step.id}`)).toEqual(['now#x']);
    expect(relations.get('now')!.parents).toEqual([]);
  });
});
