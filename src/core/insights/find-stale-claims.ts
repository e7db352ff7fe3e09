import { claimKey, stepClaims } from '../model/step-claims.ts';
import type { Evidence } from '../model/generated/journey.ts';
import type { StepModel } from '../model/project.ts';
import type { InsightFinder } from './insight.ts';
import { stepPointer } from './insight.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Claims (thoughts, pain points, opportunities, moments of truth) that have stood in their wording
 * for longer than `reviewAgeDays`, counted in whole days as `review-overdue` counts a review's
 * age, with no evidence dated within those days behind them: the claim's own evidence or its
 * step's. A map kept in Git says since when each sentence stands; one nobody has checked against
 * customers since the review age is the stale part of a map. Only where the history was read
 * (the site), and one insight per journey, as for claims without evidence.
 */
export const findStaleClaims: InsightFinder = (journey, context) => {
  const since = context.claimSince?.(journey);
  if (!since || since.size === 0 || !context.now) return [];
  const now = context.now.getTime();
  const limit = context.config.reviewAgeDays;
  // Evidence dated on or after this day counts as checked since the review age.
  const windowStart = new Date(now - limit * DAY_MS).toISOString().slice(0, 10);
  const stale = new Map<StepModel, number>();
  for (const step of journey.steps) {
    for (const claim of stepClaims(step)) {
      const date = since.get(claimKey(claim))?.date;
      if (date === undefined || Math.floor((now - Date.parse(`${date}T00:00:00Z`)) / DAY_MS) <= limit) continue;
      const own = claim.kind === 'thought' ? step.thoughts : claim.kind === 'painPoint' ? step.painPoints : [];
      const evidence: Evidence[] = [
        ...step.evidence,
        ...own.filter((statement) => statement.text === claim.text).flatMap((statement) => statement.evidence),
      ];
      if (evidence.some((item) => item.date !== undefined && item.date >= windowStart)) continue;
      stale.set(step, (stale.get(step) ?? 0) + 1);
    }
  }
  if (stale.size === 0) return [];
  const steps = [...stale.keys()];
  const count = [...stale.values()].reduce((total, value) => total + value, 0);
  const first = steps[0]!;
  return [
    {
      code: 'stale-claims',
      journey: journey.id,
      step: first.id,
      steps: steps.map((step) => step.id),
      pointer: stepPointer(journey, first),
      params: { count, limit },
    },
  ];
};
