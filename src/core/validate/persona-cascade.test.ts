import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../check/check-sources.ts';
import type { SourceFile } from '../load/read-content.ts';

const corpus = new URL('../../../tests/bad-input/persona-typo/', import.meta.url);
const read = (path: string, kind: SourceFile['kind']): SourceFile => ({ path, kind, text: readFileSync(new URL(path, corpus), 'utf8') });
const personas = [read('personas/lea-pressee.yaml', 'persona'), read('personas/marc-decideur.yaml', 'persona')];
const misspelt = read('journeys/achat.yaml', 'journey');
const NOW = new Date('2026-11-23T12:00:00Z');

function codes(sources: SourceFile[]) {
  return checkSources(sources, { now: NOW }).problems.map((problem) => problem.code);
}

describe('one wrong persona id', () => {
  it('gives one error with its did-you-mean, where it gave 10 problems', () => {
    const { problems } = checkSources([...personas, misspelt], { now: NOW });
    expect(problems.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: 'unknown-persona', line: 3, column: 12 }]);
    expect(problems[0]!.hint).toContain('`lea-pressee`');
  });

  it('drops only what follows from the wrong id: the same journey spelt right has its own warnings back', () => {
    const right = { ...misspelt, text: misspelt.text.replace('lea-presee', 'lea-pressee') };
    // Léa's curve falls at the last step, which ends negative: true of Léa, unknown while her id is wrong.
    expect(codes([...personas, right]).sort()).toEqual(['dead-end', 'emotion-cliff']);
  });

  it('keeps an emotion given for another persona that exists but is not listed', () => {
    const other = { ...misspelt, text: misspelt.text.replace('marc-decideur: 0 }', 'marc-decideur: 0, nadine: 1 }') };
    const nadine: SourceFile = { path: 'personas/nadine.yaml', kind: 'persona', text: 'id: nadine\nname: Nadine\ndigitalAffinity: high\n' };
    // Nadine is listed by no journey: that warning is hers, not a consequence of Léa's misspelt id.
    expect(codes([...personas, nadine, other]).sort()).toEqual(['emotion-unknown-persona', 'persona-unused', 'unknown-persona']);
  });

  it('names only the personas that exist when a step leaves out several', () => {
    const partial = { ...misspelt, text: misspelt.text.replace('{ lea-pressee: 1, marc-decideur: 0 }', '{ lea-pressee: 1 }') };
    const { problems } = checkSources([...personas, partial], { now: NOW });
    expect(problems.map((problem) => [problem.code, problem.params?.personas])).toEqual([
      ['unknown-persona', undefined],
      ['emotion-missing-persona', ['marc-decideur']],
    ]);
  });

  it('knows a persona written by its first name', () => {
    const first = { ...misspelt, text: misspelt.text.replace('personas: [lea-presee', 'personas: [lea') };
    const { problems } = checkSources([...personas, first], { now: NOW });
    expect(problems.map((problem) => problem.code)).toEqual(['unknown-persona']);
    expect(problems[0]!.hint).toContain('`lea-pressee`');
  });

  it('keeps every problem of a journey checked without its personas (a past revision)', () => {
    expect(codes([misspelt])).toContain('emotion-unknown-persona');
    expect(codes([misspelt])).toContain('emotion-missing-persona');
  });
});
