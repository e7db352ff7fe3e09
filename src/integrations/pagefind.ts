import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';

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
        // One file at a time in path order: addDirectory indexes in parallel, and the order pages arrive
        // in shows in the index files, so two builds of the same site would differ.
        const pages = (await readdir(site, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
        for (const sourcePath of pages) {
          const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${pages.length} pages for search.`);
      },
    },
  };
}
