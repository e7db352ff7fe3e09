import { ALL_PERSONAS, type JourneyModel, type StepModel } from '../model/project.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';
import { emotionToScore } from './mermaid-score.ts';
import { toMermaidBlock, toMermaidText } from './mermaid-text.ts';

/**
 * A journey as Mermaid `journey` text: the title, the summary as the accessible description,
 * a section per stage and a task per step. Mermaid gives a task one score for all its actors,
 * so a step's score is the mean of its personas' emotions mapped onto 1..5 (see
 * `emotionToScore`), and its actors are the personas (by id) who have an emotion there. A step
 * with no emotion gets the score of the scale's neutral point (0, or the middle of the scale
 * when 0 is outside it) and every persona of the journey. Names go through `toMermaidText`.
 */
export function journeyToMermaid(journey: JourneyModel, config: ResolvedConfig): string {
  const lines = ['journey', `  title ${toMermaidText(journey.title) || journey.id}`];
  if (journey.summary?.trim()) lines.push('  accDescr {', toMermaidBlock(journey.summary), '  }');
  for (const stage of journey.stages) {
    lines.push(`  section ${toMermaidText(stage.name) || stage.id}`);
    for (const step of stage.steps) lines.push(`    ${taskLine(journey, step, config)}`);
  }
  return `${lines.join('\n')}\n`;
}

function taskLine(journey: JourneyModel, step: StepModel, config: ResolvedConfig): string {
  const { min, max } = config.emotionScale;
  const felt = journey.curves.filter((key) => step.emotion[key] !== undefined);
  const values = felt.map((key) => step.emotion[key]!);
  const emotion =
    values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : min <= 0 && max >= 0 ? 0 : (min + max) / 2;
  const actors = (felt.length > 0 ? felt : journey.curves).filter((key) => key !== ALL_PERSONAS);
  const task = `${toMermaidText(step.name) || step.id}: ${emotionToScore(emotion, config.emotionScale)}`;
  return actors.length > 0 ? `${task}: ${actors.join(', ')}` : task;
}
