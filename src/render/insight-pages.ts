import type { JourneyModel } from '../core/index.ts';
import type { Insight } from '../core/insights/insight.ts';
import { paginateByWeight } from './paginate.ts';

export interface InsightGroup {
  journey: JourneyModel;
  insights: Insight[];
}

/** DOM nodes a page of insights may spend on its lists, leaving room for the layout. */
const PAGE_BUDGET = 2000;

/** About the DOM nodes a journey's insights take: a heading, and per insight its text and step links. */
function weight(group: InsightGroup): number {
  return 4 + group.insights.reduce((sum, insight) => sum + 5 + 2 * (insight.steps?.length ?? 0), 0);
}

/** The journeys that have insights, cut into pages that each hold about as much as a journey page. */
export function insightPages(groups: readonly InsightGroup[]): InsightGroup[][] {
  return paginateByWeight(groups, weight, PAGE_BUDGET);
}
