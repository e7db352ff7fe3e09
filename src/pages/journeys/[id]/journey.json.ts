import type { APIRoute } from 'astro';
import { getSite } from '../../../site/site.ts';
import { pageKeys } from '../../../site/page-keys.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const keys = await pageKeys(site);
  return site.project.journeys.map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/**
 * The resolved model of the journey: shorthands expanded, defaults filled in. The model's flat
 * `steps` list repeats every step of `stages[].steps`, so it is left out: it doubled the file.
 */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const { steps: _flat, ...journey } = site.journey(params.id!)!;
  return new Response(`${JSON.stringify(journey, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
