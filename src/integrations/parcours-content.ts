import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { SiteContent } from '../publish/site-content.ts';

/** The module pages import their content from (declared in src/site/virtual-content.d.ts). */
export const CONTENT_MODULE = 'virtual:parcours/content';
const RESOLVED = `\0${CONTENT_MODULE}`;
const REGISTRY = Symbol.for('parcours.site-content');

type Registry = Map<string, SiteContent>;

/**
 * Gives the site its content: the integration the CLI (or astro.config.mjs) makes with the content
 * it checked, and the one way pages reach it, `import content from 'virtual:parcours/content'`.
 *
 * The content is live objects (the checked model, kept current by `parcours dev`), too large to
 * serialise into a module (tens of megabytes at a thousand journeys). Astro evaluates the pages in
 * this same process but from its own bundle, where modules are copies of their own, so the
 * virtual module hands over the object through a process-wide registry keyed by content root,
 * which only this integration writes and only that module reads. The key is the root, not a
 * per-build id, so that the module's code, and the pages' dependency hashes Astro's build cache
 * compares, stay the same from one build of a root to the next.
 */
export function parcoursContent(content: SiteContent): AstroIntegration {
  const registry = ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());
  const release = () => {
    if (registry.get(content.root) === content) registry.delete(content.root);
  };
  return {
    name: 'parcours:content',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        registry.set(content.root, content);
        updateConfig({ vite: { plugins: [contentModule(content.root)] } });
      },
      'astro:build:done': release,
      'astro:server:done': release,
    },
  };
}

function contentModule(root: string): Plugin {
  return {
    name: 'parcours:content-module',
    resolveId: (id) => (id === CONTENT_MODULE ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `const content = globalThis[Symbol.for(${JSON.stringify(REGISTRY.description)})]?.get(${JSON.stringify(root)});
if (!content) throw new Error(${JSON.stringify(`No Parcours content was given for ${root}: build the site with \`parcours build\` or Astro with the parcoursContent integration.`)});
export default content;
`
        : undefined,
  };
}
