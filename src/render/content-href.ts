import { isSafeLink } from '../core/index.ts';

/**
 * The href to put in the page for a link from the content, or undefined when the link is unsafe
 * (the caller then shows it as text). Relative links are relative to the site root (see the journey
 * schema), so they are resolved against `base`, the site's base path ending in '/'.
 */
export function contentHref(href: string, base: string): string | undefined {
  if (!isSafeLink(href)) return undefined;
  const trimmed = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('#')) return trimmed;
  return base + trimmed.replace(/^(\.?\/)+/, '');
}
