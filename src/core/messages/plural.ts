import type { Lang } from '../model/lang.ts';

/** A noun's forms; `other` is the fallback for every category a language's rules give (French "many", ...). */
export interface Noun {
  one: string;
  other: string;
}

export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * "3 étapes", "1 journey", "0 stages": the count and the noun's form the language's plural rules
 * choose (CLDR through Intl.PluralRules: French puts 0 and 1 in `one`, English only 1).
 */
export function counter(lang: Lang): (count: number, noun: Noun) => string {
  const rules = new Intl.PluralRules(LOCALES[lang]);
  return (count, noun) => `${count} ${rules.select(count) === 'one' ? noun.one : noun.other}`;
}

/** Only the form of a word for a count, for words that agree with it (a verb, a participle). */
export function agreement(lang: Lang): (count: number, noun: Noun) => string {
  const rules = new Intl.PluralRules(LOCALES[lang]);
  return (count, noun) => (rules.select(count) === 'one' ? noun.one : noun.other);
}
