import type { APIRoute } from 'astro';
import { journeyToCsv } from '../../../core/export/journey-csv.ts';
import { getSite } from '../../../site/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.project.journeys.map((journey) => ({ params: { id: journey.id } }));
}

/** One row a step, for spreadsheets. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return new Response(journeyToCsv(site.journey(params.id!)!, site.config), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
