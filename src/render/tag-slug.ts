/** The URL segment of a tag: "Inclusion numérique" becomes "inclusion-numerique". */
export function tagSlug(tag: string): string {
  const slug = tag
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'tag' : slug;
}
