import type { APIRoute } from 'astro';
import { flowDiagrams } from '../../../site/flow-diagrams.ts';
import { getSite } from '../../../site/site.ts';
import { pageKeys } from '../../../site/page-keys.ts';

// Only journeys whose diagram was drawn at build time get a file; the others draw it in the browser.
export async function getStaticPaths() {
  const site = await getSite();
  const diagrams = await flowDiagrams(site.project);
  const keys = await pageKeys(site);
  return site.project.journeys
    .filter((journey) => diagrams.get(journey.id)?.svg)
    .map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/** The flow diagram drawn at build time, shown in an <img> (where no script in it can run). */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const diagram = (await flowDiagrams(site.project)).get(params.id!)!;
  return new Response(diagram.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
