import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import type { Project } from '../model/built-project.ts';
import { journeyToMermaid } from './journey-mermaid.ts';
import { parseWithMermaid } from './mermaid-parser.testing.ts';
import { fromMermaidText } from './mermaid-text.ts';

const fixture = fileURLToPath(new URL('./fixtures/tricky/', import.meta.url));
const examples = fileURLToPath(new URL('../../../', import.meta.url));
let project: Project;
beforeAll(async () => {
  ({ project } = await checkProject(fixture));
});

describe('journeyToMermaid', () => {
  it("is accepted by Mermaid's parser, which reads back every section, task, score and actor", async () => {
    const journey = project.journeys[0]!;
    const parsed = await parseWithMermaid(journeyToMermaid(journey, project.config));
    expect(fromMermaidText(parsed.title)).toBe(journey.title);
    expect(parsed.sections.map(fromMermaidText)).toEqual(journey.stages.map((stage) => stage.name));
    expect(parsed.tasks.map((task) => fromMermaidText(task.task))).toEqual([
      'Section choix du produit',
      'journey commence # ici',
      '%% paie',
      'Attend sa commande',
    ]);
    // alice 2 and bob -1 average 0.5 → 3; alice alone -3 → 1; 3 for both → 5; no emotion → neutral 3 with everyone.
    expect(parsed.tasks.map((task) => [task.score, task.people])).toEqual([
      [3, ['alice', 'bob']],
      [1, ['alice']],
      [5, ['alice', 'bob']],
      [3, ['alice', 'bob']],
    ]);
  });

  it('leaves actors out when the journey has no persona', async () => {
    const journey = { ...project.journeys[0]!, personas: [], curves: ['_all'] };
    const text = journeyToMermaid(journey, project.config);
    expect(text).toMatch(/^ {4}\S.*: 3$/m);
    const parsed = await parseWithMermaid(text);
    expect(parsed.tasks.every((task) => task.people.length === 0)).toBe(true);
  });

  it("turns every example journey into text Mermaid's parser accepts", async () => {
    const { project: examplesProject } = await checkProject(examples);
    expect(examplesProject.journeys.length).toBe((await readdir(`${examples}journeys`)).length);
    for (const journey of examplesProject.journeys) {
      const parsed = await parseWithMermaid(journeyToMermaid(journey, examplesProject.config));
      expect(parsed.tasks).toHaveLength(journey.steps.length);
    }
  });

  it('is checked by a parser that does reject broken text', async () => {
    await expect(parseWithMermaid('journey\n  section A\n    Paie # 3\n')).rejects.toThrow();
    await expect(parseWithMermaid('journey\n  title T\n  section A\n    journey: 3: a\n')).rejects.toThrow();
  });
});
