import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';
import { currentBuildProgress } from '../publish/build-progress.ts';
import { pagefindInput } from './pagefind-input.ts';

const PAGES_IN_FLIGHT = 16;
/**
 * Pages read ahead of the one being sent, so that Pagefind, the slower side, never waits for a
 * read: awaited one at a time, the reads of a 1,000-journey site's 3,757 pages added 0.3-0.6 s to
 * indexing its 1,200 marked pages (6.8 s -> 6.2-6.5 s, same index).
 */
const PAGES_READ_AHEAD = 32;

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it (as Starlight's
 * integrations/pagefind.ts does), and writes the bundle to <outDir>/pagefind/. Pages choose what is
 * indexed with data-pagefind-body, data-pagefind-filter and data-pagefind-ignore. A failure fails the
 * build: a site whose search silently returns nothing is worse than no site.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'parcours:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only the pages that mark their body: Pagefind ignores the others anyway once one page has
        // the mark, but still parses each, and the lists of every opportunity or insight are large.
        // Pages go in path order, because the order they arrive in shows in the index files and two
        // builds of the same site must be identical (addDirectory takes them in directory order).
        // The service handles its messages one after the other, in the order sent, so the next pages
        // can be sent before the previous ones are done: a few at a time, to bound memory.
        const pages = (await readdir(site, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
        // Each page's outcome as a message or undefined, so that a page failing while an earlier one is
        // awaited is not an unhandled rejection.
        const pending: Promise<string | undefined>[] = [];
        const settle = async (outcome: Promise<string | undefined>) => {
          const failure = await outcome;
          if (failure !== undefined) throw new Error(failure);
        };
        // A read's outcome, so that one failing ahead of the page awaited is not an unhandled rejection.
        const read = (path: string) =>
          readFile(join(site, path)).then(
            (bytes) => ({ bytes }),
            (error: unknown) => ({ error }),
          );
        const progress = currentBuildProgress();
        progress?.start('index', pages.length);
        const reads = pages.slice(0, PAGES_READ_AHEAD).map(read);
        let indexed = 0;
        for (const [at, sourcePath] of pages.entries()) {
          const outcome = await reads.shift()!;
          if (at + PAGES_READ_AHEAD < pages.length) reads.push(read(pages[at + PAGES_READ_AHEAD]!));
          if ('error' in outcome) throw outcome.error;
          const { bytes } = outcome;
          // The mark is looked for in the bytes: most pages (posters, lists, history) carry none, and
          // decoding them all made reading a 1,000-journey site's 375 MB of HTML take 5.4-8.1 s
          // instead of 4.1-4.6 s.
          if (bytes.indexOf('data-pagefind-body') === -1) {
            progress?.step('index');
            continue;
          }
          const page = bytes.toString('utf8');
          const content = pagefindInput(page) ?? page;
          indexed += 1;
          progress?.step('index', 'indexed');
          pending.push(
            index.addHTMLFile({ sourcePath, content }).then(
              (added) => (added.errors.length > 0 ? `Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}` : undefined),
              (error: unknown) => `Pagefind could not index ${sourcePath}: ${String(error)}`,
            ),
          );
          if (pending.length >= PAGES_IN_FLIGHT) await settle(pending.shift()!);
        }
        for (const outcome of pending) await settle(outcome);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        progress?.end('index', { indexed });
        logger.info(`Indexed ${indexed} pages for search.`);
      },
    },
  };
}
