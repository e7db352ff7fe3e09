// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { mermaidRuntime } from './src/integrations/mermaid-runtime.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteUrl } from './src/site/site-url.ts';

// The content root: PARCOURS_ROOT (absolute) when a command builds another project, else this
// repository, which holds the examples. Pages read it again in src/site/content-root.ts.
const repoRoot = fileURLToPath(new URL('./', import.meta.url));
const contentRoot = process.env.PARCOURS_ROOT || repoRoot;
const { site, base } = await siteUrl(contentRoot);

export default defineConfig({
  output: 'static',
  ...(site ? { site } : {}),
  base,
  // Images and files the content links to live in the content root's public/ folder.
  publicDir: `${contentRoot.replace(/\/$/, '')}/public`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [pagefind(), mermaidRuntime()],
  vite: {
    define: { 'process.env.PARCOURS_REPO_ROOT': JSON.stringify(repoRoot) },
  },
});
