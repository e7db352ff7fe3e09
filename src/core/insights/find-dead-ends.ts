import type { InsightFinder } from './insight.ts';
import { stepPointer } from './insight.ts';

/**
 * Dead ends: the journey's last step leaves a persona with a negative emotion and offers no
 * opportunity, so the map ends on a problem nobody plans to solve.
 */
export const findDeadEnds: InsightFinder = (journey) => {
  const last = journey.steps.at(-1);
  if (!last || last.opportunities.length > 0) return [];
  const unhappy = journey.curves.filter((curve) => (last.emotion[curve] ?? 0) < 0);
  if (unhappy.length === 0) return [];
  const personas = unhappy.filter((curve) => journey.personas.includes(curve));
  return [
    {
      code: 'dead-end',
      journey: journey.id,
      step: last.id,
      pointer: stepPointer(journey, last),
      ...(personas.length > 0 ? { personas } : {}),
      params: {
        curves: unhappy.map((curve) => (personas.includes(curve) ? curve : '')),
        curveValues: unhappy.map((curve) => String(last.emotion[curve])),
      },
    },
  ];
};
