import type { WatchedPage } from './browser.ts';

export interface CrawledPage {
  status: number;
  /** Every id in the page, the targets of its #anchors. */
  ids: Set<string>;
  /** Every same-origin link of the page, absolute, as the browser resolved it. */
  links: string[];
}

export interface Crawl {
  /** Pages by URL without its hash. */
  pages: Map<string, CrawledPage>;
  /** Status of every linked file that is not a page (downloads, images), by URL. */
  files: Map<string, number>;
}

/** A page is a directory URL or an .html file; anything else (a .csv, a .yaml) is fetched, not opened. */
function isPageUrl(url: URL): boolean {
  return url.pathname.endsWith('/') || url.pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(url.pathname);
}

/**
 * Opens `starts` and every page reachable from them by same-origin links, in the browser (so
 * each page's scripts, styles and images load as a reader's would), and fetches every other
 * linked file once.
 */
export async function crawlSite({ page }: WatchedPage, starts: readonly string[]): Promise<Crawl> {
  const origin = new URL(starts[0]!).origin;
  const pages = new Map<string, CrawledPage>();
  const files = new Map<string, number>();
  const queue = [...starts];
  while (queue.length > 0) {
    const url = new URL(queue.shift()!);
    url.hash = '';
    const key = url.href;
    if (pages.has(key) || files.has(key)) continue;
    if (!isPageUrl(url)) {
      files.set(key, (await fetch(key)).status);
      continue;
    }
    const response = await page.goto(key, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      // Read from the attribute: an SVG <a> (the opportunity matrix) has no string href property.
      links: [...document.querySelectorAll('a[href], area[href]')].map(
        (link) => new URL(link.getAttribute('href')!, document.baseURI).href,
      ),
    }));
    const links = found.links.filter((link) => link.startsWith(`${origin}/`));
    pages.set(key, { status: response?.status() ?? 0, ids: new Set(found.ids), links });
    queue.push(...links);
  }
  return { pages, files };
}

/** The page URLs a sitemap.xml (or a sitemap index) lists, moved onto `base`'s origin. */
export async function sitemapUrls(base: string): Promise<string[]> {
  const urls: string[] = [];
  const read = async (url: string): Promise<void> => {
    const response = await fetch(url);
    if (!response.ok) return;
    const xml = await response.text();
    const locations = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(new URL(match[1]!).pathname, base).href);
    if (/<sitemapindex/.test(xml)) for (const location of locations) await read(location);
    else urls.push(...locations);
  };
  for (const name of ['sitemap-index.xml', 'sitemap.xml']) await read(new URL(name, base).href);
  return urls;
}
