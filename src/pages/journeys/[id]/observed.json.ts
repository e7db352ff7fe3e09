import type { APIRoute } from 'astro';
import { siteObserved } from '../../../site/observed.ts';
import { pageKeys } from '../../../site/page-keys.ts';
import { getSite } from '../../../site/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const keys = await pageKeys(site);
  const observed = await siteObserved(site);
  return site.project.journeys
    .filter((journey) => observed.journeys.has(journey.id))
    .map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/** What was observed of the journey in the event logs, in the format of docs/observed-format.md: no case id, no event, small groups left out. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const observed = (await siteObserved(site)).journeys.get(params.id!);
  return new Response(`${JSON.stringify(observed, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
