import { describe, expect, it } from 'vitest';
import { buildJourney } from '../core/model/build-project.ts';
import { sampleConfig, sampleJourney } from './fixtures/sample-journey.ts';
import { DEFAULT_THEME } from '../core/model/theme.ts';
import { flowMermaid } from './flow-mermaid.ts';

describe('flowMermaid', () => {
  it('draws a subgraph per stage and chains the steps in order', () => {
    const text = flowMermaid(sampleJourney, { channels: sampleConfig.channels });
    expect(text.split('\n')[0]).toBe('flowchart LR');
    expect(text.match(/^ {2}subgraph /gm)).toHaveLength(2);
    expect(text).toContain('subgraph g0["Find"]');
    expect(text).toContain('s0["Searches<br>Website, Social media"]');
    expect(text.match(/ --> /g)).toHaveLength(3);
    expect(text).toContain('s1 --> s2');
  });

  it('highlights moments of truth', () => {
    expect(flowMermaid(sampleJourney, { channels: sampleConfig.channels })).toContain(
      's2["★ Visits the store<br>Store / branch, Website"]:::mot',
    );
  });

  it('links sub-journeys by title', () => {
    const journey = buildJourney('journeys/a.yaml', {
      id: 'a',
      title: 'A',
      stages: [{ id: 's', name: 'S', steps: [{ id: 'x', name: 'X', subJourney: 'b' }] }],
    });
    const text = flowMermaid(journey, { channels: sampleConfig.channels, journeyTitles: new Map([['b', 'Journey B']]) });
    expect(text).toContain('j0[["Journey B"]]:::sub');
    expect(text).toContain('s0 -.-> j0');
  });

  it('keeps content inside its label', () => {
    const journey = buildJourney('journeys/a.yaml', {
      id: 'a',
      title: 'A',
      stages: [{ id: 's', name: 'end"]\nclick s0 call alert(1)', steps: [{ id: 'x', name: '<img src=x onerror=alert(1)> #quot; `md`' }] }],
    });
    const text = flowMermaid(journey, { channels: sampleConfig.channels });
    expect(text).toContain('subgraph g0["end#quot;] click s0 call alert(1)"]');
    expect(text).toContain('s0["#lt;img src=x onerror=alert(1)#gt; #35;quot; #96;md#96;"]');
    expect(text).not.toMatch(/^\s*click/m);
  });

  it('styles each step by the kind of its channels, with the theme colours', () => {
    const text = flowMermaid(sampleJourney, { channels: sampleConfig.channels });
    expect(text).toMatch(/^ {2}classDef digital fill:#[0-9a-f]{6},stroke:#0a5c99,/m);
    expect(text).toMatch(/^ {2}classDef human /m);
    expect(text).toMatch(/^ {2}classDef physical /m);
    expect(text).toMatch(/^ {2}class s0(,s\d+)* (digital|mixed)$/m);
    const themed = flowMermaid(sampleJourney, { channels: sampleConfig.channels, colors: { ...DEFAULT_THEME.colors, digital: '#123456' } });
    expect(themed).toContain('stroke:#123456');
    // A moment of truth keeps its own stroke over its kind's: its class comes last.
    expect(text.trimEnd().split('\n').at(-1)).toBe('  class s2 mot');
  });
});
