import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import { readContent, type SourceFile } from '../load/read-content.ts';
import { journeyToCsv } from '../export/journey-csv.ts';
import { buildJourney } from '../model/build-project.ts';
import type { Project } from '../model/built-project.ts';
import { resolveConfig } from '../model/resolve-config.ts';
import { checkSources } from '../check/check-sources.ts';
import { csvToJourney } from './csv-to-journey.ts';
import type { ImportOptions } from './import-options.ts';
import { journeyToYaml } from './journey-to-yaml.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
let examples: Project;
let personaSources: SourceFile[];
beforeAll(async () => {
  ({ project: examples } = await checkProject(repo));
  personaSources = (await readContent(repo)).sources.filter((source) => source.kind !== 'journey');
});
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  file: 'in.csv',
  id: 'importe',
  config: examples.config,
  knownPersonas: new Set(examples.personas.map((persona) => persona.id)),
  ...overrides,
});

describe('csvToJourney', () => {
  it('reads back every example journey exactly as journeyToCsv wrote it, in both delimiters', () => {
    for (const journey of examples.journeys) {
      for (const delimiter of [',', ';'] as const) {
        const csv = journeyToCsv(journey, examples.config, { delimiter });
        const { journey: imported, problems } = csvToJourney(csv, options({ id: journey.id, title: journey.title }));
        expect(problems, journey.id).toEqual([]);
        expect(journeyToCsv(buildJourney('x', imported!), examples.config, { delimiter }), journey.id).toBe(csv);
      }
    }
  });

  it('writes YAML that validates beside the example personas with no error', () => {
    const journey = examples.journeys.find((candidate) => candidate.id === 'retour-article')!;
    const { journey: imported } = csvToJourney(journeyToCsv(journey, examples.config), options({ id: 'retour-importe' }));
    const text = journeyToYaml(imported!, '../schema/journey.schema.json', 'Imported for a test.');
    const { problems } = checkSources([{ path: 'journeys/retour-importe.yaml', kind: 'journey', text }, ...personaSources]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('reads a French Excel file: semicolons, BOM, accented headers, merged stage cells, words, names of channels, bullets', async () => {
    const { journey, problems } = csvToJourney(await fixture('excel-fr.csv'), options({ config: resolveConfig({ lang: 'fr' }) }));
    expect(problems).toEqual([]);
    expect(journey!.stages.map((stage) => [stage.id, stage.name, stage.steps.map((step) => step.id)])).toEqual([
      ['decouverte', 'Découverte', ['voit-une-publicite', 'compare-les-offres']],
      ['achat', 'Achat', ['paie-sa-commande', 'appelle-le-service-client']],
    ]);
    const [voit, compare, paie, appelle] = journey!.stages.flatMap((stage) => stage.steps);
    expect(voit).toMatchObject({ touchpoints: ['social'], emotion: 0, thoughts: ["C'est pour moi ?"] });
    expect(compare).toMatchObject({
      touchpoints: ['web', 'mobile-app'],
      emotion: 1.5,
      thoughts: ['Trop de choix', 'Les prix varient'],
      metrics: { dropOff: 12.5, volume: 120000 },
    });
    expect(paie).toMatchObject({ emotion: 1, painPoints: ['Le 3D Secure échoue; il faut recommencer'], momentOfTruth: true });
    expect(appelle).toMatchObject({
      touchpoints: ['phone'],
      emotion: -2,
      opportunities: ['Rappel automatique', 'Chat avec un conseiller'],
      momentOfTruth: 'Le premier appel décide de la confiance',
    });
  });

  it('keeps the data of a spreadsheet through CSV → YAML → CSV → YAML', async () => {
    const config = resolveConfig({ lang: 'fr' });
    const first = csvToJourney(await fixture('excel-fr.csv'), options({ config })).journey!;
    const again = csvToJourney(journeyToCsv(buildJourney('x', first), config), options({ config })).journey!;
    expect(again).toEqual(first);
  });

  it('reports every bad cell at its line and column, and imports nothing', async () => {
    const { journey, problems } = csvToJourney(await fixture('bad-rows.csv'), options());
    expect(journey).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([
      ['csv-unknown-column', 1, 33],
      ['unknown-channel', 2, 12],
      ['empty-value', 3, 7],
      ['invalid-value', 4, 18],
      ['emotion-out-of-scale', 5, 20],
      ['invalid-value', 5, 22],
      ['invalid-value', 6, 24],
    ]);
  });

  it('needs a step column, and a closed quote', () => {
    expect(csvToJourney('Phase,Canal\nA,web\n', options()).problems.map((problem) => problem.code)).toEqual(['csv-missing-column']);
    expect(
      csvToJourney('Étape,Pensées\nPaie,"oups\n', options()).problems.map((problem) => [problem.code, problem.line, problem.column]),
    ).toEqual([['csv-syntax', 2, 6]]);
  });

  it('makes personas of per-persona emotion columns and names those without a file, as written in any script', () => {
    const { journey, personas, problems } = csvToJourney(
      'Étape,Émotion (Amélie Pressée),Émotion [Zoé],Émotion (用户)\nPaie,1,,\nAttend,2,2,2\n',
      options(),
    );
    expect(journey!.personas).toEqual(['amelie-pressee', 'zoe', 'u7528-u6237']);
    expect(journey!.stages[0].steps.map((step) => step.emotion)).toEqual([{ 'amelie-pressee': 1, zoe: null, 'u7528-u6237': null }, 2]);
    expect(personas!.map(({ id, name, line, column }) => [id, name, line, column])).toEqual([
      ['zoe', 'Zoé', 1, 32],
      ['u7528-u6237', '用户', 1, 46],
    ]);
    expect(problems).toEqual([]);
  });
});
