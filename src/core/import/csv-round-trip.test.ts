import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import { journeyToCsv, leftOutOfCsv } from '../export/journey-csv.ts';
import { buildJourney } from '../model/build-project.ts';
import type { JourneyModel, StageModel } from '../model/project.ts';
import type { Project } from '../model/built-project.ts';
import { csvToJourney } from './csv-to-journey.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let examples: Project;
beforeAll(async () => {
  ({ project: examples } = await checkProject(repo));
});

/**
 * The stages as the CSV should give them back: measurements come from data/*.csv, not from the
 * map, and a stage, step or statement field that export names as left out (leftOutOfCsv) is not
 * compared (the hypothesis marks of statements, expectations and moments of truth).
 */
function carried(journey: JourneyModel, left: readonly string[]): StageModel[] {
  const without = <T extends object>(path: string, item: T) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !left.includes(`${path}${key}`))) as T;
  return journey.stages.map((stage) => ({
    ...without('stages[].', stage),
    steps: stage.steps.map(({ measurements: _measurements, ...step }) => ({
      ...without('steps[].', step),
      thoughts: step.thoughts.map((statement) => without('steps[].thoughts[].', statement)),
      painPoints: step.painPoints.map((statement) => without('steps[].painPoints[].', statement)),
      attachments: step.attachments.map((attachment) => without('steps[].attachments[].', attachment)),
    })),
  })) as StageModel[];
}

describe('export csv, then import csv', () => {
  it('gives back the model of every example journey: stages, steps and every field a cell holds', () => {
    expect(examples.journeys.length).toBeGreaterThan(0);
    for (const journey of examples.journeys) {
      for (const delimiter of [',', ';'] as const) {
        const csv = journeyToCsv(journey, examples.config, { delimiter });
        const { journey: imported, problems } = csvToJourney(csv, {
          file: 'in.csv',
          id: journey.id,
          title: journey.title,
          config: examples.config,
          knownPersonas: new Set(examples.personas.map((persona) => persona.id)),
        });
        expect(problems, journey.id).toEqual([]);
        const model = buildJourney(journey.file, imported!);
        expect(model.personas, journey.id).toEqual(journey.personas);
        const left = leftOutOfCsv(journey);
        expect(carried(model, left), journey.id).toEqual(carried(journey, left));
      }
    }
  });

  it('names what it leaves out: only the journey-wide fields of the examples, never what the issue asked to carry', () => {
    const left = new Set(examples.journeys.flatMap(leftOutOfCsv));
    expect([...left].filter((path) => /touchpoints|opportunities|evidence|backstage|subJourney/.test(path))).toEqual([]);
    expect(left).toContain('owner');
    expect(left).toContain('summary');
  });

  it('carries touchpoint names and ownership, opportunity priorities, evidence, backstage and sub-journeys in documented columns', () => {
    const withDetails = examples.journeys.find((journey) =>
      journey.steps.some((step) => step.backstage.length > 0 && step.opportunities.some((opportunity) => opportunity.impact)),
    )!;
    const csv = journeyToCsv(withDetails, { ...examples.config, lang: 'en' });
    const header = csv.split('\r\n')[0]!;
    for (const column of [
      'Touchpoint names',
      'Touchpoints owned',
      'Thought evidence',
      'Pain point evidence',
      'Opportunity impact',
      'Opportunity effort',
      'Opportunity status',
      'Backstage',
      'Backstage teams',
      'Backstage systems',
      'Evidence',
      'Attachments',
      'Sub-journey',
    ]) {
      expect(header.split(','), column).toContain(column);
    }
  });

  it('reports a detail cell whose lines do not match its list, and an unknown level, at the cell', () => {
    const csv =
      'Step,Opportunities,Opportunity impact,Opportunity status\nPays,"Call back\nChat","high\nlow\nmedium",\nWaits,Callback,,someday\n';
    const { journey, problems } = csvToJourney(csv, { file: 'in.csv', id: 'x', config: examples.config, knownPersonas: new Set() });
    expect(journey).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([
      ['invalid-value', 3, 7],
      ['invalid-value', 6, 17],
    ]);
  });
});
