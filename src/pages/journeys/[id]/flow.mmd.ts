import type { APIRoute } from 'astro';
import { flowDiagrams } from '../../../site/flow-diagrams.ts';
import { getSite } from '../../../site/site.ts';
import { pageKeys } from '../../../site/page-keys.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const keys = await pageKeys(site);
  return site.project.journeys.map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/** Mermaid flowchart text of stages, steps and channels. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const diagram = (await flowDiagrams(site.project)).get(params.id!)!;
  return new Response(diagram.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
