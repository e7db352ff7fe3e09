import type { APIRoute } from 'astro';
import { getSite } from '../../../site/site.ts';
import { pageKeys } from '../../../site/page-keys.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const keys = await pageKeys(site);
  return site.project.journeys.map((journey) => ({ params: { id: journey.id }, cacheKey: keys.journey(journey.id) }));
}

/** The journey's source file, byte for byte as it is in Git. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const journey = site.journey(params.id!)!;
  return new Response(site.files.get(journey.file)!.source.text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
