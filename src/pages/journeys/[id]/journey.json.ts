import type { APIRoute } from 'astro';
import { getSite } from '../../../site/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.project.journeys.map((journey) => ({ params: { id: journey.id } }));
}

/** The resolved model of the journey: shorthands expanded, defaults filled in. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return new Response(`${JSON.stringify(site.journey(params.id!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
