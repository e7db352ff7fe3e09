/** The pattern every id follows (schema `$defs/slug`): lowercase letters, digits, single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

/**
 * Turns a name into an id: accents dropped, lowercase, every run of other characters a hyphen,
 * cut to the schema's 100 characters. Returns "" when nothing usable is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** A slug not yet in `taken` (which it joins): the slug itself, then slug-2, slug-3... */
export function uniqueSlug(base: string, taken: Set<string>, fallback: string): string {
  const root = base || fallback;
  let candidate = root;
  for (let counter = 2; taken.has(candidate); counter++) candidate = `${root.slice(0, SLUG_MAX_LENGTH - String(counter).length - 1)}-${counter}`;
  taken.add(candidate);
  return candidate;
}
