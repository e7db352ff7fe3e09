import type { JourneyModel, StepModel } from '../model/project.ts';

/** The emotion curves of two versions of a journey side by side, for charts that overlay them. */
export interface EmotionComparison {
  /** Curve keys present in both versions. */
  personas: string[];
  /** The emotion scale's bounds, for the chart's axis. */
  scale: { min: number; max: number };
  /** Steps of both versions in map order (after's order, removed steps where they stood). */
  steps: { id: string; name: string; before?: Record<string, number>; after?: Record<string, number> }[];
}

/** Lines up both versions' steps so a chart can draw the before and after curves on one axis. */
export function compareEmotions(before: JourneyModel, after: JourneyModel, scale: { min: number; max: number }): EmotionComparison {
  const personas = after.curves.filter((curve) => before.curves.includes(curve));
  const pick = (step: StepModel) =>
    Object.fromEntries(
      personas.filter((persona) => step.emotion[persona] !== undefined).map((persona) => [persona, step.emotion[persona]!]),
    );
  const beforeById = new Map(before.steps.map((step) => [step.id, step]));
  const afterIds = new Set(after.steps.map((step) => step.id));
  const steps: EmotionComparison['steps'] = after.steps.map((step) => {
    const old = beforeById.get(step.id);
    return { id: step.id, name: step.name, ...(old ? { before: pick(old) } : {}), after: pick(step) };
  });
  let previous = -1;
  for (const step of before.steps) {
    if (afterIds.has(step.id)) {
      previous = steps.findIndex((candidate) => candidate.id === step.id);
      continue;
    }
    steps.splice(++previous, 0, { id: step.id, name: step.name, before: pick(step) });
  }
  return { personas, scale, steps };
}
