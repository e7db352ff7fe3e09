import type { JourneyModel } from '../core/index.ts';
import { findStaleClaims } from '../core/insights/find-stale-claims.ts';
import type { Insight } from '../core/insights/insight.ts';
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
