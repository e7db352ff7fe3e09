/**
 * Cutting a long list into numbered pages, so that a page spanning every journey stays light at
 * any size (a page of a 1,000-journey site holds what a journey page does). Page 1 is the
 * summary route itself; the others are `<base>page/<n>/`.
 */

/** The items of each page, in order: `perPage` a page, at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) pages.push(items.slice(start, start + perPage));
  return pages.length === 0 ? [[]] : pages;
}

/**
 * Pages holding groups that must not be split (a journey and its insights), each page at most
 * `budget` in weight unless a single group weighs more, which then has a page of its own.
 */
export function paginateByWeight<T>(groups: readonly T[], weight: (group: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const group of groups) {
    const cost = weight(group);
    if (page.length > 0 && used + cost > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(group);
    used += cost;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The route of page `page` under `base` (ending with a slash): page 1 is the base itself. */
export function pageRoute(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and those around the current one, with
 * `null` where numbers are left out, so the pager stays a dozen links for thousands of pages.
 */
export function pagerNumbers(current: number, total: number, around = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= total) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((page, index) => {
    if (index > 0 && page - sorted[index - 1]! > 1) out.push(null);
    out.push(page);
  });
  return out;
}
