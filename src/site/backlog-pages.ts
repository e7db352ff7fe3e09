import type { OpportunityStatus } from '../core/index.ts';
import type { BacklogItem } from '../core/model/opportunity-backlog.ts';
import { paginate } from '../render/paginate.ts';
import type { Site } from './site.ts';

/** A page holds this many rows: about 2,000 DOM nodes, as much as a journey page. */
export const BACKLOG_PAGE_SIZE = 100;

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;

/** One list the backlog pages go through: every opportunity, or those of one status. */
export interface BacklogList {
  status?: OpportunityStatus | undefined;
  items: readonly BacklogItem[];
  /** The items of each page, at least one page. */
  pages: readonly (readonly BacklogItem[])[];
  /** Index in `items` of the first item of each impact/effort cell ("high/low"). */
  firstIndex: ReadonlyMap<string, number>;
}

export interface BacklogPages {
  /** Every opportunity of the site, by priority. */
  all: readonly BacklogItem[];
  /** How many opportunities have each status. */
  counts: Readonly<Record<OpportunityStatus, number>>;
  /** The whole list (no status) or one status's. */
  list(status?: OpportunityStatus): BacklogList;
}

const made = new WeakMap<Site, BacklogPages>();

/**
 * The backlog cut into the pages of /opportunities/, worked out once per site: every page of a
 * 1,000-journey site (about 800 of them) used to filter, count and cut the 40,000 opportunities again.
 */
export function backlogPages(site: Site): BacklogPages {
  let pages = made.get(site);
  if (!pages) {
    pages = makePages(site.project.series.backlog);
    made.set(site, pages);
  }
  return pages;
}

function makePages(all: readonly BacklogItem[]): BacklogPages {
  const lists = new Map<OpportunityStatus | undefined, BacklogList>();
  const list = (status?: OpportunityStatus) => {
    let found = lists.get(status);
    if (!found) {
      const items = status ? all.filter((item) => item.opportunity.status === status) : all;
      // Items are sorted by impact then effort, so each cell's list starts on one page.
      const firstIndex = new Map<string, number>();
      items.forEach((item, index) => {
        const key = `${item.opportunity.impact}/${item.opportunity.effort}`;
        if (!firstIndex.has(key)) firstIndex.set(key, index);
      });
      found = { status, items, pages: paginate(items, BACKLOG_PAGE_SIZE), firstIndex };
      lists.set(status, found);
    }
    return found;
  };
  const counts = Object.fromEntries(OPPORTUNITY_STATUSES.map((status) => [status, 0])) as Record<OpportunityStatus, number>;
  for (const item of all) counts[item.opportunity.status] += 1;
  return { all, counts, list };
}

/**
 * What a numbered page (2 and up) of a backlog list shows besides what every page shows: the
 * counts, its place among the pages and its rows, as the page's build-cache key reads them. The
 * first page of a list also draws the matrix of the whole list, and is always rendered.
 */
export function backlogPageShows(pages: BacklogPages, list: BacklogList, page: number): unknown {
  const rows = (list.pages[page - 1] ?? []).map(({ journey, step, opportunity, onMomentOfTruth, onPainPoint }) => [
    journey.id,
    journey.title,
    step.id,
    step.name,
    opportunity,
    onMomentOfTruth,
    onPainPoint,
  ]);
  return ['backlog', list.status ?? '', page, list.pages.length, list.items.length, pages.all.length, pages.counts, rows];
}
