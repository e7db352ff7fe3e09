import type { Insight, InsightFinder } from './insight.ts';
import { stepPointer } from './insight.ts';

/**
 * Emotion cliffs: a persona's emotion falls by half the scale or more (3 on the default -3..3)
 * from one step to the next step that persona lives. Such a fall is what customers remember and
 * tell, so the step deserves a look first. One insight per step, naming every persona who falls.
 */
export const findEmotionCliffs: InsightFinder = (journey, { config }) => {
  const threshold = (config.emotionScale.max - config.emotionScale.min) / 2;
  const falls = new Map<number, { persona: string; from: number; to: number; previous: string }[]>();
  for (const curve of journey.curves) {
    let previous: { value: number; step: string } | undefined;
    for (const step of journey.steps) {
      const value = step.emotion[curve];
      if (value === undefined) continue;
      if (previous && previous.value - value >= threshold) {
        falls.set(step.index, [
          ...(falls.get(step.index) ?? []),
          { persona: curve, from: previous.value, to: value, previous: previous.step },
        ]);
      }
      previous = { value, step: step.id };
    }
  }
  const insights: Insight[] = [];
  // Map order is by persona first; the report goes in map order, by step.
  for (const [index, drops] of [...falls].sort(([a], [b]) => a - b)) {
    const step = journey.steps[index]!;
    const personas = drops.map((drop) => drop.persona).filter((persona) => journey.personas.includes(persona));
    insights.push({
      code: 'emotion-cliff',
      journey: journey.id,
      step: step.id,
      pointer: `${stepPointer(journey, step)}/emotion`,
      ...(personas.length > 0 ? { personas } : {}),
      params: {
        dropCurves: drops.map((drop) => (journey.personas.includes(drop.persona) ? drop.persona : '')),
        dropFrom: drops.map((drop) => String(drop.from)),
        dropTo: drops.map((drop) => String(drop.to)),
        dropPrevious: drops.map((drop) => drop.previous),
        dropPreviousNames: drops.map((drop) => journey.steps.find((candidate) => candidate.id === drop.previous)?.name ?? drop.previous),
      },
    });
  }
  return insights;
};
