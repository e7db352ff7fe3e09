import type { JourneyModel } from '../core/index.ts';
import { paginate } from './paginate.ts';

/** Journey cards a page: about 2,000 DOM nodes, as much as a journey page holds. */
export const JOURNEY_PAGE_SIZE = 50;

const ordered = new WeakMap<readonly JourneyModel[], JourneyModel[][]>();

/**
 * The pages of journey cards, current journeys first then target ones, each in the project's
 * order (as the home page always listed them), computed once per list.
 */
export function journeyPages(journeys: readonly JourneyModel[]): JourneyModel[][] {
  let pages = ordered.get(journeys);
  if (!pages) {
    pages = paginate(
      [...journeys.filter((journey) => journey.state === 'current'), ...journeys.filter((journey) => journey.state !== 'current')],
      JOURNEY_PAGE_SIZE,
    );
    ordered.set(journeys, pages);
  }
  return pages;
}
