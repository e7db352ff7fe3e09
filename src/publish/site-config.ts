import type { AstroInlineConfig } from 'astro';
import { join } from 'node:path';
import { mermaidRuntime } from '../integrations/mermaid-runtime.ts';
import { pagefind } from '../integrations/pagefind.ts';
import { parcoursContent } from '../integrations/parcours-content.ts';
import { siteUrl } from '../site/site-url.ts';
import { siteCacheDir } from './cache-dir.ts';
import type { SiteContent } from './site-content.ts';
import { SITE_ROOT } from './site-root.ts';

/**
 * The Astro configuration of the site of `content`: the one `parcours build` and `parcours dev` pass
 * to Astro (with `configFile: false`) and astro.config.mjs exports for plain `astro build`.
 * The config's baseUrl gives Astro's `site` and `base`; images and files the content links to live
 * in the content root's public/ folder.
 */
export async function siteConfig(content: SiteContent): Promise<AstroInlineConfig> {
  const { site, base } = await siteUrl(content.root);
  return {
    root: SITE_ROOT,
    output: 'static',
    ...(site ? { site } : {}),
    base,
    publicDir: join(content.root, 'public'),
    // Four pages at a time: one page's files are written while the next renders. Astro renders one
    // at a time by default, and the thread waited on each write (1,000 journeys cold: 25 s -> 21 s
    // of rendering; 200: 9.8 s -> 8.4 s for the whole build, the same bytes).
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    devToolbar: { enabled: false },
    // Pages whose key and code are those of the previous build are copied from it (src/site/page-keys.ts).
    cacheDir: await siteCacheDir(content.cache, content.root),
    experimental: { incrementalBuild: true },
    integrations: [parcoursContent(content), pagefind(), mermaidRuntime()],
  };
}
