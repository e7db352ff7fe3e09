import type { Lang } from '../core/model/lang.ts';
import { en } from './en.ts';
import { fr, type Strings } from './fr.ts';

export type { Strings } from './fr.ts';
export { formatters, type Formatters } from '../core/messages/format.ts';
export { changeSentences, type ChangeNames, type SentenceContext } from '../core/messages/change-sentences.ts';
export { counter } from '../core/messages/plural.ts';
export { problemSentences, type ProblemNames } from './problem-sentences.ts';

const STRINGS: Record<Lang, Strings> = { fr, en };

/** Every string the site shows, in one language: the one way to choose it. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
