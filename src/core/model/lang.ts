/** The languages Parcours speaks: the site's, and every message's (src/core/messages/). */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];
