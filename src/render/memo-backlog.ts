import type { JourneyModel } from '../core/index.ts';
import { opportunityBacklog, type BacklogItem } from './opportunity-backlog.ts';

const backlogs = new WeakMap<readonly JourneyModel[], BacklogItem[]>();

/**
 * The whole site's backlog, sorted once per build: the summary, every numbered page and every
 * status page read it, hundreds of pages on a large site.
 */
export function siteBacklog(journeys: readonly JourneyModel[]): BacklogItem[] {
  let items = backlogs.get(journeys);
  if (!items) {
    items = opportunityBacklog(journeys);
    backlogs.set(journeys, items);
  }
  return items;
}
