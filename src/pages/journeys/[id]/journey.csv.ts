import type { APIRoute } from 'astro';
import { journeyToCsv } from '../../../core/export/journey-csv.ts';
import { getSite } from '../../../site/site.ts';
import { pageKeys } from '../../../site/page-keys.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const keys = await pageKeys(site);
  return site.project.journeys.map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/** One row a step, for spreadsheets. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return new Response(journeyToCsv(site.journey(params.id!)!, site.config), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
