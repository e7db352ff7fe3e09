import { describe, expect, it } from 'vitest';
import { checkSources } from '../check/check-sources.ts';

const journey = `id: achat
title: Achat
stages:
  - id: commande
    name: Commande
    steps:
      - id: payer
        name: Paie
        touchpoints: [web]
        metrics: { csat: 70 }
      - id: suivre
        name: Suit son colis
        touchpoints: [web]
`;
// Only the problems of the data files: the journey's own warnings (no owner...) are not the point here.
const check = (...data: string[]) => {
  const result = checkSources([{ path: 'journeys/achat.yaml', kind: 'journey', text: journey }], {
    data: data.map((text, index) => ({ path: `data/${index + 1}.csv`, text })),
  });
  return { ...result, problems: result.problems.filter((problem) => problem.file.startsWith('data/')) };
};

describe('measured data', () => {
  it('gives each step its figures per period, oldest first, and fills the metrics the YAML leaves out with the latest', () => {
    const { project, problems } = check(
      'journey,step,period,csat,volume,dropOff\nachat,payer,2026-02,75,1000,\nachat,payer,2026-01,72,900,8\nachat,suivre,2026-Q1,60,"1 200",\n',
      'Parcours;Étape;Mois;CSAT\nachat;payer;2026-03;81\n',
    );
    expect(problems).toEqual([]);
    const [payer, suivre] = project.journeys[0]!.steps;
    expect(payer!.measurements!.map((measurement) => [measurement.period, measurement.metrics])).toEqual([
      ['2026-01', { csat: 72, volume: 900, dropOff: 8 }],
      ['2026-02', { csat: 75, volume: 1000 }],
      ['2026-03', { csat: 81 }],
    ]);
    // csat stays as the YAML says; volume and dropOff come from their latest period.
    expect(payer!.metrics).toEqual({ csat: 70, volume: 1000, dropOff: 8 });
    expect(suivre!.metrics).toEqual({ csat: 60, volume: 1200 });
    expect(suivre!.measurements![0]).toMatchObject({ period: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
  });

  it('reports bad rows and cells at their line and column and keeps everything else', () => {
    const { project, problems } = check(
      [
        'journey,step,period,csat,nps,colour',
        'achat,payer,2026-01,72,10,red',
        'achats,payer,2026-02,73,,',
        'achat,paie,2026-02,73,,',
        'achat,payer,2026-13,73,,',
        'achat,payer,2026-02,150,12,',
        'achat,payer,2026-01,74,,',
        'achat,suivre,2026-02,65,,',
      ].join('\n'),
    );
    expect(problems.map((problem) => [problem.code, problem.file, problem.line, problem.column])).toEqual([
      // Errors first, then the warnings, each in the order of the file.
      ['data-unknown-journey', 'data/1.csv', 3, 1],
      ['data-unknown-step', 'data/1.csv', 4, 7],
      ['data-invalid-period', 'data/1.csv', 5, 13],
      ['data-invalid-value', 'data/1.csv', 6, 21],
      ['csv-unknown-column', 'data/1.csv', 1, 30],
      ['data-duplicate-row', 'data/1.csv', 7, 13],
    ]);
    const [payer, suivre] = project.journeys[0]!.steps;
    expect(payer!.measurements!.map((measurement) => [measurement.period, measurement.metrics])).toEqual([
      ['2026-01', { csat: 74, nps: 10 }],
      ['2026-02', { nps: 12 }],
    ]);
    expect(suivre!.metrics).toEqual({ csat: 65 });
  });

  it('needs the key columns and a metric', () => {
    expect(check('journey,period,csat\nachat,2026-01,70\n').problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['csv-missing-column', 1],
    ]);
  });
});
