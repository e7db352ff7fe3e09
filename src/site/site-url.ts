import { parseSource } from '../core/index.ts';
import { confinedRoot, openConfined } from '../core/load/confine-path.ts';
import { CONFIG_FILES } from '../core/load/content-paths.ts';

/**
 * Astro's `site` and `base` from the config's baseUrl ("https://owner.github.io/repo/" gives site
 * "https://owner.github.io" and base "/repo/"). Read before the build starts, with the core's
 * parser; an invalid config gives no base here and fails the build later with its problems.
 */
export async function siteUrl(root: string): Promise<{ site?: string; base: string }> {
  const confined = await confinedRoot(root);
  for (const name of CONFIG_FILES) {
    let text: string;
    try {
      // A config linked outside the root is not read here either; the check reports it.
      const opened = await openConfined(confined, name);
      if (!('handle' in opened)) continue;
      text = await opened.handle.readFile('utf8').finally(() => opened.handle.close());
    } catch {
      continue;
    }
    const { data } = parseSource({ path: name, kind: 'config', text });
    const baseUrl = (data as { baseUrl?: unknown } | undefined)?.baseUrl;
    if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) return { base: '/' };
    const url = new URL(baseUrl);
    return { site: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
  }
  return { base: '/' };
}
