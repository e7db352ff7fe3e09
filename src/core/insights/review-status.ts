import type { JourneyModel } from '../model/project.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a journey is kept true: who owns it, when it was last checked, what is missing. */
export interface ReviewStatus {
  journey: string;
  owner?: string;
  lastReviewed?: string;
  /** Whole days since the last review (as `review-overdue` counts them). */
  ageDays?: number;
  overdue: boolean;
  missing: ('owner' | 'lastReviewed')[];
  /** Overdue, or without an owner or a review date: what the "needs review" page lists. */
  needsReview: boolean;
}

/** The review status of a journey on `now`, with the configured review age in days. */
export function reviewStatus(journey: JourneyModel, reviewAgeDays: number, now: Date): ReviewStatus {
  const ageDays =
    journey.lastReviewed === undefined ? undefined : Math.floor((now.getTime() - Date.parse(`${journey.lastReviewed}T00:00:00Z`)) / DAY_MS);
  const overdue = ageDays !== undefined && ageDays > reviewAgeDays;
  const missing = [
    ...(journey.owner === undefined ? ['owner' as const] : []),
    ...(journey.lastReviewed === undefined ? ['lastReviewed' as const] : []),
  ];
  return {
    journey: journey.id,
    ...(journey.owner !== undefined ? { owner: journey.owner } : {}),
    ...(journey.lastReviewed !== undefined ? { lastReviewed: journey.lastReviewed } : {}),
    ...(ageDays !== undefined ? { ageDays } : {}),
    overdue,
    missing,
    needsReview: overdue || missing.length > 0,
  };
}
