import type { JourneyModel, Project } from '../core/index.ts';
import type { Insight, InsightContext } from '../core/insights/insight.ts';
import { journeyInsights } from '../core/insights/journey-insights.ts';
import { paginateByWeight } from './paginate.ts';

export interface InsightGroup {
  journey: JourneyModel;
  insights: Insight[];
}

/** DOM nodes a page of insights may spend on its lists, leaving room for the layout. */
const PAGE_BUDGET = 2000;

const cache = new WeakMap<Project, { groups: InsightGroup[]; pages: InsightGroup[][] }>();

/** About the DOM nodes a journey's insights take: a heading, and per insight its text and step links. */
function weight(group: InsightGroup): number {
  return 4 + group.insights.reduce((sum, insight) => sum + 5 + 2 * (insight.steps?.length ?? 0), 0);
}

/**
 * Every journey that has insights, with them, and those groups cut into pages that each hold
 * about as much as a journey page: computed once per build for the summary and every page.
 * `context` is the site's (src/site/changes.ts), the same for every call on a project.
 */
export function insightPages(project: Project, context: InsightContext): { groups: InsightGroup[]; pages: InsightGroup[][] } {
  let entry = cache.get(project);
  if (!entry) {
    const groups = project.journeys.map((journey) => ({ journey, insights: journeyInsights(journey, context) })).filter((group) => group.insights.length > 0);
    entry = { groups, pages: paginateByWeight(groups, weight, PAGE_BUDGET) };
    cache.set(project, entry);
  }
  return entry;
}
