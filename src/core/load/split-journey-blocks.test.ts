import { describe, expect, it } from 'vitest';
import { splitJourneyBlocks } from './split-journey-blocks.ts';

const text = [
  'id: j', // 0
  'stages:',
  '  - id: s', // 2
  '    steps:',
  '      - id: a', // 4
  '        name: A',
  '',
  '      # entre deux étapes',
  '      - id: b', // 8
  '    name: S',
  '  - id: t', // 10
  '    name: T',
  'title: J', // 12
  '',
].join('\n');

describe('splitJourneyBlocks', () => {
  it('cuts the header, each stage, and each step of a stage, keeping their lines', () => {
    const split = splitJourneyBlocks(text)!;
    expect(split.header).toEqual({ text: 'id: j\nstages:\ntitle: J\n', firstLine: 0, linesBeforeCut: 2, linesCut: 10 });
    expect(split.stages.map((stage) => stage.item.firstLine)).toEqual([2, 10]);
    const [first, second] = split.stages;
    expect(first!.split!.rest).toEqual({ text: '  - id: s\n    steps:\n    name: S\n', firstLine: 2, linesBeforeCut: 2, linesCut: 5 });
    expect(first!.split!.steps).toEqual([
      { text: '      - id: a\n        name: A\n\n      # entre deux étapes\n', firstLine: 4, linesBeforeCut: 4, linesCut: 0 },
      { text: '      - id: b\n', firstLine: 8, linesBeforeCut: 1, linesCut: 0 },
    ]);
    expect(second).toEqual({ item: { text: '  - id: t\n    name: T\n', firstLine: 10, linesBeforeCut: 2, linesCut: 0 } });
  });

  it("splits a list written at its key's indentation", () => {
    const split = splitJourneyBlocks('id: j\nstages:\n- id: s\n  steps:\n  - id: a\n  - id: b\n  name: S\n')!;
    expect(split.stages[0]!.split!.steps.map((step) => step.text)).toEqual(['  - id: a\n', '  - id: b\n']);
    expect(split.stages[0]!.split!.rest.text).toBe('- id: s\n  steps:\n  name: S\n');
  });

  it.each([
    ['no stages key', 'id: j\n'],
    ['stages in flow style', 'id: j\nstages: [{ id: s }]\n'],
    ['a map under stages', 'id: j\nstages:\n  s: 1\n'],
    ['a tab', 'id: j\nstages:\n  - id: s\n\tname: S\n'],
    ['a document marker', '---\nid: j\nstages:\n  - id: s\n'],
    ['a directive', '%YAML 1.2\n---\nid: j\nstages:\n  - id: s\n'],
    ['an item indented less than its first', 'id: j\nstages:\n    - id: s\n  - id: t\n'],
    ['a merge key', 'id: j\nstages:\n  - <<: { id: s }\n'],
  ])('leaves a text with %s to a whole parse', (_, source) => {
    expect(splitJourneyBlocks(source)).toBeUndefined();
  });
});
