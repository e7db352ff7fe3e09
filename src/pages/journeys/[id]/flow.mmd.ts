import type { APIRoute } from 'astro';
import { flowDiagrams } from '../../../site/flow-diagrams.ts';
import { getSite } from '../../../site/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.project.journeys.map((journey) => ({ params: { id: journey.id } }));
}

/** Mermaid flowchart text of stages, steps and channels. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const diagram = (await flowDiagrams(site.project)).get(params.id!)!;
  return new Response(diagram.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
