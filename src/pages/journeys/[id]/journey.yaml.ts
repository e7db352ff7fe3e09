import type { APIRoute } from 'astro';
import { getSite } from '../../../site/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.project.journeys.map((journey) => ({ params: { id: journey.id } }));
}

/** The journey's source file, byte for byte as it is in Git. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const journey = site.journey(params.id!)!;
  return new Response(site.files.get(journey.file)!.source.text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
