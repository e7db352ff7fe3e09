import { slugify } from '../core/validate/suggest.ts';

/** The URL segment of a tag ("Inclusion numérique" gives "inclusion-numerique"); "tag" when nothing is left. */
export function tagSlug(tag: string): string {
  return slugify(tag) || 'tag';
}
