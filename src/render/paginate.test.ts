import { describe, expect, it } from 'vitest';
import { pageRoute, pagerNumbers, paginate, paginateByWeight } from './paginate.ts';

describe('paginate', () => {
  it('cuts a list into pages of at most perPage, keeping order and every item', () => {
    const items = Array.from({ length: 250 }, (_, index) => index);
    const pages = paginate(items, 100);
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(items);
    expect(paginate([], 100)).toEqual([[]]);
  });

  it('keeps groups whole and under the budget, a heavy group alone on its page', () => {
    const pages = paginateByWeight([5, 5, 5, 30, 2, 2], (weight) => weight, 12);
    expect(pages).toEqual([[5, 5], [5], [30], [2, 2]]);
    expect(paginateByWeight([], (weight: number) => weight, 10)).toEqual([[]]);
  });
});

describe('pageRoute and pagerNumbers', () => {
  it('makes page 1 the base route and the others numbered routes under it', () => {
    expect(pageRoute('opportunities/', 1)).toBe('opportunities/');
    expect(pageRoute('opportunities/', 7)).toBe('opportunities/page/7/');
  });

  it('shows the first, the last and the pages around the current one, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(50, 400)).toEqual([1, null, 48, 49, 50, 51, 52, null, 400]);
    expect(pagerNumbers(400, 400)).toEqual([1, null, 398, 399, 400]);
  });
});
