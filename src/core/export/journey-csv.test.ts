import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import type { JourneyModel } from '../model/project.ts';
import type { Project } from '../model/built-project.ts';
import { resolveConfig } from '../model/resolve-config.ts';
import { buildJourney } from '../model/build-project.ts';
import { csvToJourney } from '../import/csv-to-journey.ts';
import { journeyToCsv } from './journey-csv.ts';

const root = fileURLToPath(new URL('./fixtures/tricky/', import.meta.url));
let project: Project;
let journey: JourneyModel;
beforeAll(async () => {
  ({ project } = await checkProject(root));
  journey = project.journeys.find((candidate) => candidate.id === 'tricky')!;
});

function table(csv: string): string[][] {
  const { rows, unterminatedQuote } = parseCsv(csv, ',');
  expect(unterminatedQuote).toBeUndefined();
  return rows.map((row) => row.cells.map((cell) => cell.value));
}

describe('journeyToCsv', () => {
  it('writes a header and a row a step, every row as wide as the header', () => {
    const rows = table(journeyToCsv(journey, project.config));
    expect(rows).toHaveLength(1 + journey.steps.length);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    // The first columns keep their places; the detail columns follow them.
    expect(rows[0]).toEqual([
      'Phase',
      'Id de la phase',
      "Id de l'étape",
      'Étape',
      'Description',
      'Canaux',
      'Émotion (alice)',
      'Émotion (bob)',
      'Pensées',
      'Irritants',
      'Opportunités',
      'Moment de vérité',
      'CSAT',
      'NPS',
      'CES',
      'Volume',
      'Conversion (%)',
      'Abandon (%)',
      'Durée (min)',
      'Description de la phase',
      'Attentes',
      'Expérience visée',
      'Noms des points de contact',
      'Points de contact maîtrisés',
      'Descriptions des points de contact',
      'Sources des pensées',
      'Sources des irritants',
      'Descriptions des opportunités',
      'Impact des opportunités',
      'Effort des opportunités',
      'Statut des opportunités',
      'Porteurs des opportunités',
      'Coulisses',
      'Équipes des coulisses',
      'Systèmes des coulisses',
      'Sources',
      'Pièces jointes',
      'Sous-parcours',
      'Liens de livraison',
    ]);
  });

  it('writes English headers when the site is in English', () => {
    const [header] = table(journeyToCsv(journey, resolveConfig({ lang: 'en' })));
    expect(header!.slice(0, 4)).toEqual(['Stage', 'Stage id', 'Step id', 'Step']);
    expect(header).toContain('Emotion (bob)');
  });

  it('gives one emotion column when the journey has no persona', () => {
    const alone: JourneyModel = { ...journey, personas: [], curves: ['_all'], steps: [], stages: [] };
    expect(table(journeyToCsv(alone, project.config))[0]).toContain('Émotion');
  });

  it('keeps each value in its cell: channels, emotions (empty where a persona takes no part), lists one a line, metrics', () => {
    const rows = table(journeyToCsv(journey, project.config));
    const byStep = new Map(rows.slice(1).map((row) => [row[2], Object.fromEntries(rows[0]!.map((name, index) => [name, row[index]]))]));
    const first = byStep.get('section-choice')!;
    expect(first.Canaux).toBe('web\nsocial');
    expect([first['Émotion (alice)'], first['Émotion (bob)']]).toEqual(['2', '-1']);
    expect(first.Pensées).toBe(`'=HYPERLINK("http://example.com")\nUne pensée, avec une virgule et des "guillemets"`);
    expect(first.Irritants).toBe('Un seul irritant; avec un point-virgule\n');
    expect(first.Opportunités).toBe("'+ de choix");
    expect([first.CSAT, first.Volume, first.NPS]).toEqual(['72', '1200', '']);
    const second = byStep.get('journey-start')!;
    expect(second['Émotion (bob)']).toBe('');
    expect(second.Pensées).toBe("'@moi\nDeux lignes dans une pensée");
    expect(second['Moment de vérité']).toBe('Le premier appel : décisif');
    const third = byStep.get('payer')!;
    expect([third['Émotion (alice)'], third['Émotion (bob)'], third['Moment de vérité'], third.NPS]).toEqual(['3', '3', 'oui', '-20']);
  });

  it('quotes per RFC 4180 and ends every record with CRLF', () => {
    const csv = journeyToCsv(journey, project.config);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://example.com"")\nUne pensée, avec une virgule et des ""guillemets"""');
    expect(csv.split('\r\n')).toHaveLength(journey.steps.length + 2);
  });

  it('writes delivery links in the last column, one line per opportunity, and reads them back', () => {
    const linked = buildJourney('journeys/livre.yaml', {
      id: 'livre',
      title: 'Livré',
      stages: [
        {
          id: 'achat',
          name: 'Achat',
          steps: [
            {
              id: 'paie',
              name: 'Paie',
              opportunities: ['Sans lien', { title: 'Payer en un clic', link: 'https://tickets.example.com/CX-1' }],
            },
            { id: 'recoit', name: 'Reçoit', opportunities: [{ title: 'Suivi', link: 'https://tickets.example.com/CX-2' }, 'Autre'] },
          ],
        },
      ],
    });
    const rows = table(journeyToCsv(linked, project.config));
    const column = rows[0]!.indexOf('Liens de livraison');
    expect(column).toBe(rows[0]!.length - 1);
    expect(rows.slice(1).map((row) => row[column]!.split('\n'))).toEqual([
      ['', 'https://tickets.example.com/CX-1'],
      ['https://tickets.example.com/CX-2', ''],
    ]);
    const { journey: imported } = csvToJourney(journeyToCsv(linked, project.config), {
      file: 'in.csv',
      id: 'livre',
      config: project.config,
      knownPersonas: new Set(),
    });
    expect(imported!.stages[0]!.steps.map((step) => step.opportunities)).toEqual([
      ['Sans lien', { title: 'Payer en un clic', link: 'https://tickets.example.com/CX-1' }],
      [{ title: 'Suivi', link: 'https://tickets.example.com/CX-2' }, 'Autre'],
    ]);
  });
});
