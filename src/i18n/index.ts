import type { Lang } from '../core/index.ts';
import { en } from './en.ts';
import { fr, type Strings } from './fr.ts';

export type { Strings } from './fr.ts';
export { formatters, type Formatters } from './format.ts';

const STRINGS: Record<Lang, Strings> = { fr, en };

/** The interface strings of a language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
