// @ts-check
// For plain `astro build` and `astro dev` in this repository; `parcours build` and `parcours dev`
// pass the same configuration to Astro themselves, with the content they checked.
// The content root: PARCOURS_ROOT (absolute) when set, else this repository, which holds the examples.
import { fileURLToPath } from 'node:url';
import { siteConfig } from './src/publish/site-config.ts';
import { projectContent } from './src/publish/site-content.ts';
import { siteToday } from './src/site/content-root.ts';

const root = process.env.PARCOURS_ROOT || fileURLToPath(new URL('./', import.meta.url));

/** @type {import('astro').AstroUserConfig} */
const config = /** @type {any} */ (await siteConfig(projectContent(root.replace(/\/$/, '') || '/', siteToday())));
export default config;
