import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import { journeyToMermaid } from '../export/journey-mermaid.ts';
import { parseWithMermaid } from '../export/mermaid-parser.testing.ts';
import { fromMermaidText } from '../export/mermaid-text.ts';
import { readContent, type SourceFile } from '../load/read-content.ts';
import { buildJourney } from '../model/build-project.ts';
import type { Project } from '../model/built-project.ts';
import { checkSources } from '../check/check-sources.ts';
import type { ImportOptions } from './import-options.ts';
import { journeyToYaml } from './journey-to-yaml.ts';
import { mermaidToJourney } from './mermaid-to-journey.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
let examples: Project;
let others: SourceFile[];
beforeAll(async () => {
  // Mermaid loads once, under jsdom, in seconds on a busy machine: in the hook, with its longer timeout.
  await parseWithMermaid('journey\n  section A\n    T: 3\n');
  ({ project: examples } = await checkProject(repo));
  others = (await readContent(repo)).sources.filter((source) => source.kind !== 'journey');
});
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  file: 'in.mmd',
  id: 'renouvellement',
  config: examples.config,
  knownPersonas: new Set(['claire']),
  ...overrides,
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
      [
        'avant-l-echeance',
        [
          ['recoit-l-avis-d-echeance', 0],
          ['compare-les-offres', { claire: -1, marcel: null }],
        ],
      ],
      [
        'renouvellement',
        [
          ['appelle-son-conseiller', { claire: null, marcel: 3 }],
          ['signe-en-ligne', 2],
        ],
      ],
    ]);
    expect(problems).toEqual([]);
  });

  it('goes Mermaid → YAML → Mermaid into text Mermaid reads the same, but for actors given to tasks that had none', async () => {
    const text = await fixture('whiteboard.mmd');
    const { journey } = mermaidToJourney(text, options());
    const yaml = journeyToYaml(journey!, '../schema/journey.schema.json', 'Imported for a test.');
    const { project, problems } = checkSources([{ path: 'journeys/renouvellement.yaml', kind: 'journey', text: yaml }]);
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code)).toEqual([
      'unknown-persona',
      'unknown-persona',
    ]);
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
      const errors = checkSources([{ path: `journeys/${journey.id}.yaml`, kind: 'journey', text: yaml }, ...others]).problems.filter(
        (problem) => problem.severity === 'error',
      );
      expect(errors, journey.id).toEqual([]);
    }
  });

  it('reports each line it cannot read and each score that is not a number, at its line and column, and still reads the others', async () => {
    const { journey, problems } = mermaidToJourney(await fixture('broken.mmd'), options());
    expect(journey).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([
      ['mermaid-syntax', 4, 11],
      ['mermaid-syntax', 5, 5],
    ]);
  });

  it('names the personas it creates as the diagram writes them (any script), and maps scores beyond 1..5 by their own range, in order', async () => {
    const { journey, personas, problems } = mermaidToJourney(await fixture('team-workshop.mmd'), options());
    expect(personas!.map(({ id, name, line }) => [id, name, line])).toEqual([
      ['u7528-u6237', '用户', 10],
      ['ct-101', 'CT 101', 10],
      ['n8n-system', 'n8n System', 11],
    ]);
    expect(journey!.personas).toEqual(['u7528-u6237', 'ct-101', 'n8n-system']);
    expect(journey).toMatchObject({ title: 'Onboarding: first week', summary: 'From the signed offer to the first deploy.' });
    // Scores 0..10 on -3..3: 0 → -3, 2 → -1.8, 7 → 1.2, 10 → 3, each only for the task's actors.
    expect(journey!.stages.map((stage) => [stage.name, stage.steps.map((step) => [step.name, step.emotion])])).toEqual([
      [
        'Day 1: arrival',
        [
          ['Gets a laptop', { 'u7528-u6237': 1.2, 'ct-101': 1.2, 'n8n-system': null }],
          ['Sets up access', { 'u7528-u6237': null, 'ct-101': null, 'n8n-system': -1.8 }],
        ],
      ],
      [
        'Day 2',
        [
          ['First deploy', { 'u7528-u6237': 3, 'ct-101': null, 'n8n-system': null }],
          ['Waits for review', -3],
        ],
      ],
    ]);
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['import-score-rescaled', 10]]);
    expect(problems[0]!.message).toContain('from 0 to 10');
  });

  it("matches actors to the project's personas by id or by name before making new ones", () => {
    const { journey, personas } = mermaidToJourney(
      'journey\n  section A\n    Pays: 4: Claire, Marcel Dupont, claire\n',
      options({ personaNames: new Map([['Marcel Dupont', 'marcel']]), knownPersonas: new Set(['claire', 'marcel']) }),
    );
    expect(journey!.personas).toEqual(['claire', 'marcel']);
    expect(personas).toEqual([]);
  });

  it('reads real diagrams from public repositories (see fixtures/public/README.md) as Mermaid reads them: every task a step, every actor a persona', async () => {
    for (const name of [
      'merapano-working-day.mmd',
      'daoskills-onboarding.mmd',
      'zh-shopping.mmd',
      'ja-tictactoe.mmd',
      'sl-learning-path.mmd',
    ]) {
      const text = await fixture(`public/${name}`);
      const mermaid = await parseWithMermaid(text);
      const { journey, personas, problems } = mermaidToJourney(text, options({ knownPersonas: new Set() }));
      expect(
        problems.filter((problem) => problem.severity === 'error'),
        name,
      ).toEqual([]);
      const steps = journey!.stages.flatMap((stage) => stage.steps);
      expect(
        steps.map((step) => step.name),
        name,
      ).toEqual(mermaid.tasks.map((task) => task.task.trim()));
      expect(
        journey!.stages.map((stage) => stage.name),
        name,
      ).toEqual([...new Set(mermaid.tasks.map((task) => task.section.trim()))]);
      const actors = [...new Set(mermaid.tasks.flatMap((task) => task.people))];
      expect(personas!.map((persona) => persona.name).sort(), name).toEqual(actors.sort());
      expect(new Set(steps.map((step) => step.id)).size, name).toBe(steps.length);
      // Scores in order: a higher Mermaid score never gives a lower emotion.
      const pairs = mermaid.tasks.map((task, index) => [
        task.score,
        Math.max(
          ...Object.values(
            typeof steps[index]!.emotion === 'number'
              ? { all: steps[index]!.emotion }
              : (steps[index]!.emotion as Record<string, number | null>),
          ).filter((value): value is number => value !== null),
        ),
      ]);
      for (const [scoreA, emotionA] of pairs)
        for (const [scoreB, emotionB] of pairs) if (scoreA! < scoreB!) expect(emotionA!, name).toBeLessThan(emotionB!);
      const yaml = journeyToYaml(journey!, '../schema/journey.schema.json', 'Imported for a test.');
      const personaFiles = personas!.map((persona) => ({
        path: `personas/${persona.id}.yaml`,
        kind: 'persona' as const,
        text: `id: ${persona.id}\nname: ${JSON.stringify(persona.name)}\n`,
      }));
      const errors = checkSources([{ path: 'journeys/renouvellement.yaml', kind: 'journey', text: yaml }, ...personaFiles]).problems.filter(
        (problem) => problem.severity === 'error',
      );
      expect(errors, name).toEqual([]);
    }
  });

  it('gives readable ids to Chinese and Japanese names, the same on every run', async () => {
    const { journey, personas } = mermaidToJourney(await fixture('public/ja-tictactoe.mmd'), options({ knownPersonas: new Set() }));
    expect(personas!.map(({ id, name }) => [id, name])).toEqual([
      ['yuza', 'ユーザー'],
      ['shisutemu', 'システム'],
      ['localstorage', 'localStorage'],
    ]);
    expect(journey!.stages[0]!.steps[0]!.id).toBe('peji-u8aad-mi-u8fbc-mi');
  });

  it('refuses a real diagram whose score is a word, at the score, and maps its 0 onto the scale', async () => {
    const text = await fixture('public/jakesteam-score.mmd');
    const { journey, problems } = mermaidToJourney(text, options());
    expect(journey).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([['mermaid-syntax', 10, 22]]);
    const rescaled = mermaidToJourney(text.replace(/.*N\/A.*\n/, ''), options());
    expect(rescaled.journey!.stages[0]!.steps.map((step) => step.emotion)).toEqual([-3, -1.8, -0.6, 0.6, 1.8, 3]);
    expect(rescaled.problems.map((problem) => problem.code)).toEqual(['import-score-rescaled']);
  });

  it('refuses another kind of diagram', () => {
    expect(mermaidToJourney('flowchart LR\n  A --> B\n', options()).problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['mermaid-syntax', 1],
    ]);
  });
});
