import { describe, expect, it } from 'vitest';
import { evidenceCoverage } from '../insights/evidence-coverage.ts';
import { checkSources } from '../check/check-sources.ts';

const journey = (stage: string, step: string) => ({
  path: 'journeys/devis.yaml',
  kind: 'journey' as const,
  text: `id: devis
title: Demander un devis
owner: Équipe
lastReviewed: 2026-10-01
stages:
  - id: demande
    name: Demande
${stage}
    steps:
      - id: remplit
        name: Remplit le formulaire
        touchpoints: [web]
${step}
`,
});

const check = (stage: string, step: string) => checkSources([journey(stage, step)], { now: new Date('2026-11-01') });
const errors = (stage: string, step: string) =>
  check(stage, step)
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => [problem.code, problem.pointer]);

describe('hypotheses on expectations and moments of truth', () => {
  it('accept the object form beside the string form, and the model keeps the texts as strings', () => {
    const result = check(
      '    expectations:\n      - Un prix clair\n      - { text: Une réponse sous 24 heures, hypothesis: true }\n      - { text: Un seul interlocuteur, hypothesis: false }',
      '        momentOfTruth: { text: Le premier devis décide de la suite., hypothesis: true }',
    );
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const model = result.project.journeys[0]!;
    expect(model.stages[0]!.expectations).toEqual(['Un prix clair', 'Une réponse sous 24 heures', 'Un seul interlocuteur']);
    expect(model.stages[0]!.expectationHypotheses).toEqual([1]);
    expect(model.steps[0]).toMatchObject({
      momentOfTruth: true,
      momentOfTruthReason: 'Le premier devis décide de la suite.',
      momentOfTruthHypothesis: true,
    });
    expect(evidenceCoverage(model).hypotheses).toEqual([
      { step: 'remplit', stage: 'demande', field: 'expectations', text: 'Une réponse sous 24 heures' },
      { step: 'remplit', field: 'momentOfTruth', text: 'Le premier devis décide de la suite.' },
    ]);
  });

  it('keep the string and boolean forms valid, and a verified moment of truth carries no mark', () => {
    for (const truth of ['true', 'Le premier devis décide.', '{ text: Le premier devis décide., hypothesis: false }']) {
      const result = check('    expectations: [Un prix clair]', `        momentOfTruth: ${truth}`);
      expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(result.project.journeys[0]!.steps[0]!.momentOfTruth).toBe(true);
      expect(result.project.journeys[0]!.steps[0]!.momentOfTruthHypothesis).toBeUndefined();
      expect(result.project.journeys[0]!.stages[0]!.expectationHypotheses).toBeUndefined();
    }
  });

  it('refuse an object without its text, an unknown field, and a number', () => {
    expect(errors('    expectations:\n      - { hypothesis: true }', '')).toEqual([['required-field', '/stages/0/expectations/0']]);
    expect(errors('', '        momentOfTruth: { text: Oui, source: atelier }')).toEqual([
      ['unknown-field', '/stages/0/steps/0/momentOfTruth/source'],
    ]);
    expect(errors('', '        momentOfTruth: 3')).toEqual([['invalid-type', '/stages/0/steps/0/momentOfTruth']]);
  });
});
