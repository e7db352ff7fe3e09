/** The pattern every id follows (schema `$defs/slug`): lowercase letters, digits, single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

/**
 * An id not yet in `taken` (which it joins), made from a slug (see `slugify` in validate/suggest.ts):
 * cut to the schema's 100 characters, `fallback` when empty, then numbered on repeats (slug-2...).
 */
export function uniqueSlug(slug: string, taken: Set<string>, fallback: string): string {
  const root = slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '') || fallback;
  let candidate = root;
  for (let counter = 2; taken.has(candidate); counter++)
    candidate = `${root.slice(0, SLUG_MAX_LENGTH - String(counter).length - 1).replace(/-+$/, '')}-${counter}`;
  taken.add(candidate);
  return candidate;
}
