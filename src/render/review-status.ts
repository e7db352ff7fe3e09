const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewStatus {
  /** Whole days between the review and today. */
  ageDays: number;
  stale: boolean;
}

/**
 * How old a journey's review is on `today` (YYYY-MM-DD) and whether it passed the configured age,
 * counted the way `validate` counts it (review-overdue), so the site and the CLI agree.
 */
export function reviewStatus(lastReviewed: string, reviewAgeDays: number, today: string): ReviewStatus {
  const ageDays = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastReviewed}T00:00:00Z`)) / DAY_MS);
  return { ageDays, stale: ageDays > reviewAgeDays };
}
