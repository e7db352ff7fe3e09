import { warningsFirst } from '../render/warnings-first.ts';
import type { APIRoute } from 'astro';
import { atomFeed, uuidUrn, type FeedEntry } from '../render/atom-feed.ts';
import { fileSentences, fileTitle, siteChanges } from '../site/changes.ts';
import { shortCommit } from '../site/load-history.ts';
import { getSite } from '../site/site.ts';

/** Entries the feed holds: the newest commits, as feeds do; /changes/ keeps the rest. */
const FEED_ENTRIES = 50;

/**
 * `/changes.xml`: what /changes/ shows, as an Atom feed to subscribe to (a reader, a Teams or
 * Slack channel): one entry per commit that changed content, newest first, its changes as text
 * in the site's language. Ids come from commit ids and dates from commits, so a rebuild is
 * byte-identical; links are absolute when the config gives a baseUrl.
 */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const changes = await siteChanges(site);
  const { t } = site;
  const origin = site.config.baseUrl && URL.canParse(site.config.baseUrl) ? new URL(site.config.baseUrl).origin : '';
  const absolute = (path: string) => `${origin}${site.url(path)}`;
  // The page of the whole list that shows each commit (its month's), for its link.
  const pageOf = new Map<string, string>();
  for (const page of changes.view('')!.pages.pages.slice(1))
    for (const commit of page.commits) if (!pageOf.has(commit.commit)) pageOf.set(commit.commit, page.path);
  const entries: FeedEntry[] = changes.commits.slice(0, FEED_ENTRIES).map((commit) => ({
    id: uuidUrn(commit.commit),
    title: commit.message,
    updated: commit.date,
    author: commit.author,
    link: absolute(`changes/${pageOf.get(commit.commit) ?? ''}#c-${shortCommit(commit.commit)}`),
    content: commit.files
      .map((file) => {
        const sentence = fileSentences(site, file);
        return [
          fileTitle(site, file),
          ...warningsFirst(file.changes).map(
            (change) => `${change.level === 'warn' ? `⚠ ${t.history.warn}${t.colon}` : '– '}${sentence(change)}`,
          ),
        ].join('\n');
      })
      .join('\n\n'),
  }));
  const xml = atomFeed({
    id: origin ? absolute('changes.xml') : uuidUrn(`feed:${site.config.title}`),
    title: t.changes.feedTitle(site.config.title),
    self: absolute('changes.xml'),
    alternate: absolute('changes/'),
    lang: site.config.lang,
    emptyUpdated: `${site.today}T00:00:00Z`,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
