import type { APIRoute } from 'astro';
import { loadHistory, shortCommit } from '../../../../site/load-history.ts';
import { getSite } from '../../../../site/site.ts';
import { pageKeys } from '../../../../site/page-keys.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const histories = await loadHistory(site.root, site.config.historyRevisions);
  const keys = await pageKeys(site);
  return [...histories.values()].flatMap((history) =>
    history.revisions.map((revision) => ({
      params: { id: history.id, rev: shortCommit(revision.commit) },
      cacheKey: keys.revisionData(history.id, revision.commit),
    })),
  );
}

/** One revision as JSON (its model, or null when it does not validate): what the compare view fetches. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const history = (await loadHistory(site.root, site.config.historyRevisions)).get(params.id!)!;
  const revision = history.revisions.find((candidate) => shortCommit(candidate.commit) === params.rev)!;
  const body = {
    commit: revision.commit,
    date: revision.date,
    author: revision.author,
    message: revision.message,
    path: revision.path,
    journey: revision.journey ?? null,
    problems: revision.problems.length,
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
