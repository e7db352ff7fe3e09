import type { APIRoute } from 'astro';
import { journeyToMermaid } from '../../../core/export/journey-mermaid.ts';
import { getSite } from '../../../site/site.ts';
import { pageKeys } from '../../../site/page-keys.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const keys = await pageKeys(site);
  return site.project.journeys.map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/** Mermaid `journey` text: the map as a user-journey diagram for any Mermaid viewer. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return new Response(journeyToMermaid(site.journey(params.id!)!, site.config), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
