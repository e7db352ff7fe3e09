import type { Change } from '../core/diff/change.ts';
import { claimSince, type ClaimSince } from '../core/history/claim-since.ts';
import type { CheckedFileHistory } from '../core/history/check-history.ts';
import type { CheckedRemoval } from '../core/history/check-removals.ts';
import { pageChanges, type ChangePage, type ChangePages } from '../core/history/page-changes.ts';
import {
  filterChanges,
  portfolioChanges,
  type ChangeFilter,
  type CommitChanges,
  type FileChanges,
} from '../core/history/portfolio-changes.ts';
import type { JourneyModel } from '../core/index.ts';
import type { InsightContext } from '../core/insights/insight.ts';
import { insightContext } from '../core/insights/journey-insights.ts';
import { changeSentences } from '../i18n/index.ts';
import { loadHistory, loadPersonaHistory, loadRemovals, shortCommit } from './load-history.ts';
import type { Site } from './site.ts';

/** One list of changes the site publishes: every change, warnings only, one journey's, one persona's. */
export interface ChangeView {
  /** Its address under `changes/`: "", "warn/", "journeys/<id>/", "personas/<id>/". */
  path: string;
  filter: ChangeFilter;
  pages: ChangePages;
  /** The pages published: every one, or only the first when it holds every month (a journey's or persona's few changes). */
  published: ChangePage[];
}

export interface SiteChanges {
  /** Every commit that changed content, newest first. */
  commits: CommitChanges[];
  /** Every view, the whole list first. */
  views: ChangeView[];
  view(path: string): ChangeView | undefined;
  /** Where a month of a view is read: its page, or its heading on the view's only page. */
  monthHref(view: ChangeView, month: string): string;
}

const made = new WeakMap<Site, Promise<SiteChanges>>();

/** The changes across the portfolio, from the histories the site read once (journeys and personas), made once per check. */
export function siteChanges(site: Site): Promise<SiteChanges> {
  let changes = made.get(site);
  if (!changes) {
    const revisions = site.config.historyRevisions;
    changes = Promise.all([
      loadHistory(site.root, revisions),
      loadPersonaHistory(site.root, revisions),
      loadRemovals(site.root, revisions),
    ]).then(([journeys, personas, removals]) => makeChanges(site, [...journeys.values(), ...personas.values()], removals));
    made.set(site, changes);
  }
  return changes;
}

function makeChanges(site: Site, histories: readonly CheckedFileHistory[], removals: readonly CheckedRemoval[]): SiteChanges {
  const commits = portfolioChanges(histories, removals);
  const views: ChangeView[] = [];
  // The whole list and its warnings are always published (the filters link to both); a journey or persona without changes has no list.
  const add = (path: string, filter: ChangeFilter, every: boolean) => {
    const kept = filterChanges(commits, filter);
    if (!every && kept.length === 0) return;
    const pages = pageChanges(kept);
    const published = every || pages.pages[0]!.older !== undefined ? pages.pages : pages.pages.slice(0, 1);
    views.push({ path, filter, pages, published });
  };
  add('', {}, true);
  add('warn/', { level: 'warn' }, true);
  for (const journey of site.project.journeys) add(`journeys/${journey.id}/`, { journey: journey.id }, false);
  for (const persona of site.project.personas) add(`personas/${persona.id}/`, { persona: persona.id }, false);
  const byPath = new Map(views.map((view) => [view.path, view]));
  return {
    commits,
    views,
    view: (path) => byPath.get(path),
    monthHref: (view, month) => {
      const page = view.pages.months.find((item) => item.month === month)!;
      return view.published.length === 1 ? `${site.url(`changes/${view.path}`)}#m-${month}` : site.url(`changes/${view.path}${page.path}`);
    },
  };
}

/** The sentence writer for one file's changes in one commit, naming what the two versions compared name. */
export function fileSentences(site: Site, file: FileChanges): (change: Change) => string {
  return siteChangeSentences(
    site,
    file.kind === 'journey' ? [file.after as JourneyModel | undefined, file.before as JourneyModel | undefined] : [],
  );
}

/** The site's sentence writer for changes between `journeys` (newer first), naming what the site names now. */
export function siteChangeSentences(site: Site, journeys: readonly (JourneyModel | undefined)[]): (change: Change) => string {
  return changeSentences({
    lang: site.t.lang,
    fmt: site.fmt,
    journeys,
    journeyTitle: (id) => site.journey(id)?.title,
    personaName: (id) => site.persona(id)?.name,
    channelName: (id) => site.channel(id).name,
  });
}

/** What the site calls a changed file: the journey's title or persona's name now, else as the revision had it. */
export function fileTitle(site: Site, file: FileChanges): string {
  const last = file.after ?? file.before;
  if (file.kind === 'journey')
    return (file.removed ? undefined : site.journey(file.id)?.title) ?? (last as JourneyModel | undefined)?.title ?? file.id;
  return (file.removed ? undefined : site.persona(file.id)?.name) ?? (last as { name?: string } | undefined)?.name ?? file.id;
}

/** The page of a file now, and of its version at a commit; none for a file the commit removed. */
export function fileLinks(site: Site, file: FileChanges, commit: string): { page: string; revision: string } | undefined {
  if (file.removed) return undefined;
  const page = `${file.kind === 'journey' ? 'journeys' : 'personas'}/${file.id}/`;
  return { page: site.url(page), revision: site.url(`${page}history/${shortCommit(commit)}/`) };
}

/** Where a change's step is read: on the journey page while the step exists, else on the revision page. */
export function stepHref(site: Site, file: FileChanges, commit: string, change: Change): string | undefined {
  if (file.kind !== 'journey' || change.step === undefined || file.removed) return undefined;
  if (change.kind !== 'step-removed' && site.journey(file.id)?.steps.some((step) => step.id === change.step))
    return `${site.url(`journeys/${file.id}/`)}#step-${change.step}`;
  const revision = fileLinks(site, file, commit)!.revision;
  return change.kind === 'step-removed' ? revision : `${revision}#step-${change.step}`;
}

/** Since when each claim of a journey stands (claim-since.ts), from the history the site read. */
export async function journeyClaimSince(site: Site, journey: JourneyModel): Promise<Map<string, ClaimSince>> {
  const histories = await loadHistory(site.root, site.config.historyRevisions);
  return claimSince(histories.get(journey.id), journey);
}

/** The insight context of the site: the project's, with since when each claim stands and the site's day. */
export function siteInsightContext(site: Site): Promise<InsightContext> {
  let context = contexts.get(site);
  if (!context) {
    context = makeInsightContext(site);
    contexts.set(site, context);
  }
  return context;
}

const contexts = new WeakMap<Site, Promise<InsightContext>>();

async function makeInsightContext(site: Site): Promise<InsightContext> {
  const histories = await loadHistory(site.root, site.config.historyRevisions);
  const memo = new Map<string, Map<string, ClaimSince>>();
  return {
    ...insightContext(site.project),
    now: new Date(`${site.today}T00:00:00Z`),
    claimSince: (journey) => {
      let since = memo.get(journey.id);
      if (!since) {
        since = claimSince(histories.get(journey.id), journey);
        memo.set(journey.id, since);
      }
      return since;
    },
  };
}
