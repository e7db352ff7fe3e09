// Break points for the long words of a map's narrow columns. Chromium hyphenates with `hyphens:
// auto` only where it has the language's dictionary, and the headless Chromium that draws the PDFs
// (and many a company desktop's) has none: a word longer than its column then breaks anywhere
// ("Signe électroniquemen/t"). So the build marks where TeX's patterns for the page's language
// allow a break (Liang's algorithm, through the `hyphen` package), and the browser puts a hyphen
// there only when it breaks the line.
import en from 'hyphen/en-us/index.js';
import fr from 'hyphen/fr/index.js';
import type { Lang } from '../core/index.ts';

/**
 * The shortest word that gets break points. The narrowest text of a map is a step's name on the
 * journey page at 1440 px: about 14 letters of its bold 16 px fit its column (18 on the poster, 19
 * in a cell; measured in Chromium on the design tests' generated content). Shorter words fit, and
 * break points in them only scatter hyphens ("Lit les condi-tions de retour" with 10).
 */
export const MIN_WORD = 12;

const HYPHENATORS: Record<Lang, typeof fr> = { fr, en };
const MARK = '\u0001';
/** Runs of letters (with their combining marks) long enough to be broken. */
const LONG_WORD = new RegExp(`[\\p{L}\\p{M}]{${MIN_WORD},}`, 'gu');
const HAS_LONG_WORD = new RegExp(LONG_WORD.source, 'u');
/** What is not prose: an address, a path, an e-mail, an identifier. A hyphen inside one would be read as part of it. */
const NOT_PROSE = /[/@_\\]|\.\p{L}|\p{L}\d|\d\p{L}/u;
const cache: Record<Lang, Map<string, string[]>> = { fr: new Map(), en: new Map() };

/** The parts of `word` between the break points that `lang`'s patterns allow (the word itself when none). */
export function syllables(word: string, lang: Lang): string[] {
  const known = cache[lang].get(word);
  if (known) return known;
  const parts = HYPHENATORS[lang].hyphenateSync(word, { hyphenChar: MARK, minWordLength: MIN_WORD }).split(MARK);
  cache[lang].set(word, parts);
  return parts;
}

const BREAK = '<span class="shy"></span>';
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * `text` as HTML (escaped), with an empty `<span class="shy">` at each break point of its long
 * words, whose ::before site.css makes a soft hyphen. Generated content is laid out with the text,
 * so the line breaks there with a hyphen, but it is no part of the document's text: a copy, the
 * text the editor and the tests read, Pagefind's index and the accessible names keep the words as
 * written (Chromium copies a U+00AD written in the text along with the letters). For an element's
 * content only: attributes (title, aria-label) take the text as it is.
 */
export function hyphenateHtml(text: string, lang: Lang): string {
  if (!HAS_LONG_WORD.test(text)) return escapeHtml(text);
  return text
    .split(/(\s+)/)
    .map((token) =>
      NOT_PROSE.test(token) ? escapeHtml(token) : escapeHtml(token).replace(LONG_WORD, (word) => syllables(word, lang).join(BREAK)),
    )
    .join('');
}
