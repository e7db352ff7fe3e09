import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check-project.ts';
import { journeyToMermaid } from '../export/journey-mermaid.ts';
import { parseWithMermaid } from '../export/mermaid-parser.testing.ts';
import { fromMermaidText } from '../export/mermaid-text.ts';
import { readContent, type SourceFile } from '../load/read-content.ts';
import { buildJourney } from '../model/build-project.ts';
import type { Project } from '../model/project.ts';
import { checkSources } from '../validate/check-sources.ts';
import type { ImportOptions } from './import-options.ts';
import { journeyToYaml } from './journey-to-yaml.ts';
import { mermaidToJourney } from './mermaid-to-journey.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
let examples: Project;
let others: SourceFile[];
beforeAll(async () => {
  ({ project: examples } = await checkProject(repo));
  others = (await readContent(repo)).sources.filter((source) => source.kind !== 'journey');
});
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  file: 'in.mmd', id: 'renouvellement', config: examples.config, knownPersonas: new Set(['claire']), ...overrides,
});

describe('mermaidToJourney', () => {
  it('reads a diagram: title, description, sections, tasks, actors as personas, scores on the emotion scale', async () => {
    const { journey, problems } = mermaidToJourney(await fixture('whiteboard.mmd'), options());
    expect(journey).toMatchObject({
      title: 'Renouveler : son contrat',
      summary: 'Le client renouvelle son contrat.\n  Deuxième ligne, indentée.',
      personas: ['claire', 'marcel'],
    });
    expect(journey!.stages.map((stage) => [stage.id, stage.steps.map((step) => [step.id, step.emotion])])).toEqual([
      ['avant-l-echeance', [['recoit-l-avis-d-echeance', 0], ['compare-les-offres', { claire: -1, marcel: null }]]],
      ['renouvellement', [['appelle-son-conseiller', { claire: null, marcel: 3 }], ['signe-en-ligne', 2]]],
    ]);
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['import-persona-missing', 13]]);
  });

  it('goes Mermaid → YAML → Mermaid into text Mermaid reads the same, but for actors given to tasks that had none', async () => {
    const text = await fixture('whiteboard.mmd');
    const { journey } = mermaidToJourney(text, options());
    const yaml = journeyToYaml(journey!, '../schema/journey.schema.json', 'Imported for a test.');
    const { project, problems } = checkSources([{ path: 'journeys/renouvellement.yaml', kind: 'journey', text: yaml }]);
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code)).toEqual(['unknown-persona', 'unknown-persona']);
    const before = await parseWithMermaid(text);
    const after = await parseWithMermaid(journeyToMermaid(project.journeys[0]!, examples.config));
    // Normalised: a colon in a title comes back as its look-alike (see toMermaidText).
    expect(fromMermaidText(after.title)).toBe(before.title.trim());
    expect(after.sections).toEqual(before.sections);
    expect(after.tasks.map(({ task, score }) => [task, score])).toEqual(before.tasks.map(({ task, score }) => [task, score]));
    expect(after.tasks.map((task) => task.people)).toEqual([['claire', 'marcel'], ['claire'], ['marcel'], ['claire', 'marcel']]);
  });

  it('goes YAML → Mermaid → YAML → Mermaid with the same text for every example journey', () => {
    for (const journey of examples.journeys) {
      const text = journeyToMermaid(journey, examples.config);
      const { journey: imported, problems } = mermaidToJourney(text, options({ id: journey.id, knownPersonas: new Set(journey.personas) }));
      expect(problems, journey.id).toEqual([]);
      expect(journeyToMermaid(buildJourney('x', imported!), examples.config), journey.id).toBe(text);
      const yaml = journeyToYaml(imported!, '../schema/journey.schema.json', 'Imported for a test.');
      const errors = checkSources([{ path: `journeys/${journey.id}.yaml`, kind: 'journey', text: yaml }, ...others]).problems.filter((problem) => problem.severity === 'error');
      expect(errors, journey.id).toEqual([]);
    }
  });

  it('reports each line it cannot read, at its line, and still reads the others', async () => {
    const { journey, problems } = mermaidToJourney(await fixture('broken.mmd'), options());
    expect(journey).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['mermaid-syntax', 4], ['mermaid-syntax', 5], ['mermaid-syntax', 7]]);
  });

  it('refuses another kind of diagram', () => {
    expect(mermaidToJourney('flowchart LR\n  A --> B\n', options()).problems.map((problem) => [problem.code, problem.line])).toEqual([['mermaid-syntax', 1]]);
  });
});
