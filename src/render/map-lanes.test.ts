import { describe, expect, it } from 'vitest';
import { buildJourney } from '../core/model/build-project.ts';
import { sampleJourney } from './fixtures/sample-journey.ts';
import { mapLanes, stepEvidence } from './map-lanes.ts';

describe('mapLanes', () => {
  it('keeps only the lanes some step fills, in drawing order', () => {
    expect(mapLanes(sampleJourney)).toEqual(['touchpoints', 'emotion', 'painPoints', 'momentOfTruth', 'metrics']);
  });
});

describe('stepEvidence', () => {
  it('gathers the sources of the step and its statements, each once', () => {
    const source = { source: 'Survey 2026', kind: 'survey' as const };
    const journey = buildJourney('journeys/j.yaml', {
      id: 'j',
      title: 'J',
      stages: [
        {
          id: 's',
          name: 'S',
          steps: [
            {
              id: 'a',
              name: 'A',
              evidence: [source],
              thoughts: [{ text: 'Hm', evidence: source }],
              painPoints: [{ text: 'Slow', evidence: [{ source: 'Calls' }] }],
            },
          ],
        },
      ],
    });
    expect(stepEvidence(journey.steps[0]!).map((evidence) => evidence.source)).toEqual(['Survey 2026', 'Calls']);
  });
});
