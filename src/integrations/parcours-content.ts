import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { SiteContent } from '../publish/site-content.ts';

/** The module pages import their content from (declared in src/site/virtual-content.d.ts). */
export const CONTENT_MODULE = 'virtual:parcours/content';
const RESOLVED = `\0${CONTENT_MODULE}`;
const REGISTRY = Symbol.for('parcours.site-content');
/** The registry key of the content being built (see parcoursContent). */
const BUILD_KEY = 'build';

type Registry = Map<string, SiteContent>;

/**
 * Gives the site its content: the integration the CLI (or astro.config.mjs) makes with the content
 * it checked, and the one way pages reach it, `import content from 'virtual:parcours/content'`.
 *
 * The content is live objects (the checked model, kept current by `parcours dev`), too large to
 * serialise into a module (tens of megabytes at a thousand journeys). Astro evaluates the pages in
 * this same process but from its own bundle, where modules are copies of their own, so the
 * virtual module hands over the object through a process-wide registry, which only this
 * integration writes and only that module reads.
 *
 * A build's content is registered under one fixed key, not a per-build id nor its root: the
 * module's code is part of every page's dependency hash, which Astro's build cache compares, so
 * it must stay the same from one build to the next, and from one folder to another (a new clone of
 * the same content reuses the pages). Builds run one at a time in a process (buildSite changes the
 * current directory for each), so one key is enough; a build that failed before releasing its
 * content is replaced by the next. `parcours dev` takes no page from a build cache, and keys its
 * live content by root, so that two servers in one process each serve their own.
 */
export function parcoursContent(content: SiteContent): AstroIntegration {
  const registry = ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());
  const key = content.live ? content.root : BUILD_KEY;
  const release = () => {
    if (registry.get(key) === content) registry.delete(key);
  };
  return {
    name: 'parcours:content',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        registry.set(key, content);
        updateConfig({ vite: { plugins: [contentModule(key)] } });
      },
      'astro:build:done': release,
      'astro:server:done': release,
    },
  };
}

function contentModule(key: string): Plugin {
  return {
    name: 'parcours:content-module',
    resolveId: (id) => (id === CONTENT_MODULE ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `const content = globalThis[Symbol.for(${JSON.stringify(REGISTRY.description)})]?.get(${JSON.stringify(key)});
if (!content) throw new Error(${JSON.stringify(`No Parcours content was given${key === BUILD_KEY ? '' : ` for ${key}`}: build the site with \`parcours build\` or Astro with the parcoursContent integration.`)});
export default content;
`
        : undefined,
  };
}
