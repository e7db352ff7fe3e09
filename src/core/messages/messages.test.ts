import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, type ChangeKind } from '../diff/change-kinds.ts';
import type { InsightCode } from '../insights/insight.ts';
import { LANGS } from '../model/lang.ts';
import { PROBLEM_CODES, type ProblemCode } from '../problem-codes.ts';
import { catalogue, describeProblem, readParams, TERMINAL_NAMING } from './index.ts';

const PROBLEMS = Object.keys(PROBLEM_CODES) as ProblemCode[];
const KINDS = Object.keys(CHANGE_KINDS) as ChangeKind[];
// Every insight finder names its code in its file: a new finder with a code outside PROBLEM_CODES fails here.
const INSIGHT_CODES = readdirSync(new URL('../insights/', import.meta.url))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .flatMap((name) => [...readFileSync(new URL(`../insights/${name}`, import.meta.url), 'utf8').matchAll(/code: '([a-z-]+)'/g)])
  .map((match) => match[1] as InsightCode);

// Params that reach every branch a sentence has: a case of each kind, lists, numbers and a suggestion.
const CASES = ['', 'enum', 'schema', 'metric-cell', 'emotion-cell', 'lines-mismatch', 'not-allowed', 'owned', 'attachment-link'];
const PARAMS = {
  step: 'paie',
  stepName: 'Paie',
  steps: ['paie', 'livre'],
  stepNames: ['Paie', 'Livre'],
  personas: ['amelie'],
  persona: 'amelie',
  channels: ['web'],
  value: 4,
  min: -3,
  max: 3,
  limit: 2,
  days: 400,
  date: '2025-01-01',
  whereRoot: 'journey',
  whereEntity: 'steps',
  whereId: 'paie',
  wherePath: ['opportunities', '0', 'impact'],
  suggestion: 'web',
};

describe('the message catalogue', () => {
  it('finds the insight codes, each a problem code', () => {
    expect(INSIGHT_CODES.length).toBeGreaterThanOrEqual(7);
    expect(INSIGHT_CODES.filter((code) => !(code in PROBLEM_CODES))).toEqual([]);
  });

  it.each(LANGS)('has a message and a hint in %s for every problem code, with and without params', (lang) => {
    const { problems } = catalogue(lang);
    expect(Object.keys(problems).sort()).toEqual([...PROBLEMS].sort());
    for (const code of PROBLEMS) {
      for (const params of [{}, PARAMS, ...CASES.map((variant) => ({ ...PARAMS, case: variant, what: 'step' }))]) {
        const { message, hint } = describeProblem(code, params, catalogue(lang));
        expect(message.length, code).toBeGreaterThan(10);
        expect(hint.length, code).toBeGreaterThan(5);
        expect(`${message} ${hint}`, code).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it.each(LANGS)('has a sentence in %s for every change kind', (lang) => {
    const { changes } = catalogue(lang);
    expect(Object.keys(changes).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(changes[kind], kind).toBeTypeOf('function');
  });

  it('writes the French and the English of one problem from the same params', () => {
    const params = { step: 'paie', stepName: 'Paie', value: 9, min: -3, max: 3 };
    expect(describeProblem('emotion-out-of-scale', params).message).toBe(
      'The emotion 9 of step `paie` lies outside the scale, which goes from -3 to 3.',
    );
    expect(describeProblem('emotion-out-of-scale', params, catalogue('fr')).message).toBe(
      'L’émotion 9 de l’étape `paie` sort de l’échelle, qui va de -3 à 3.',
    );
  });

  it('reads absent params as empty, never as "undefined"', () => {
    const params = readParams({});
    expect([params.text('x'), params.number('x'), params.list('x'), params.has('x')]).toEqual(['', 0, [], false]);
    expect(TERMINAL_NAMING.stepName('paie', 'Paie')).toBe('`paie`');
  });
});
