import type { JourneyModel } from '../core/index.ts';
import { findStaleClaims } from '../core/insights/find-stale-claims.ts';
import type { Insight } from '../core/insights/insight.ts';
import { insightPages, type InsightGroup } from '../render/insight-pages.ts';
import { siteInsightContext } from './changes.ts';
import type { Site } from './site.ts';

/**
 * A journey's insights as the site lists them: those the check found from the content
 * (ProjectSeries.insights, not worked out again here), then those only the Git history the site
 * reads can tell (stale claims, which the check finds none of). Stale claims are the last of
 * INSIGHT_FINDERS, so the list is in the order journeyInsights gives with the site's context.
 */
export async function siteInsights(site: Site, journey: JourneyModel): Promise<Insight[]> {
  const checked = site.project.series.insights.get(journey.id) ?? [];
  return [...checked, ...findStaleClaims(journey, await siteInsightContext(site))];
}

const paged = new WeakMap<Site, Promise<{ groups: InsightGroup[]; pages: InsightGroup[][] }>>();

/**
 * Every journey that has insights, with them, and those groups cut into pages: worked out once
 * per site for the summary and every numbered page of /insights/.
 */
export function siteInsightPages(site: Site): Promise<{ groups: InsightGroup[]; pages: InsightGroup[][] }> {
  let entry = paged.get(site);
  if (!entry) {
    entry = Promise.all(site.project.journeys.map(async (journey) => ({ journey, insights: await siteInsights(site, journey) }))).then(
      (all) => {
        const groups = all.filter((group) => group.insights.length > 0);
        return { groups, pages: insightPages(groups) };
      },
    );
    paged.set(site, entry);
  }
  return entry;
}
