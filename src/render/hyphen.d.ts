// The two entry points of the `hyphen` package that Parcours uses (it ships no types). Each is a
// hyphenator built from TeX's patterns for its language (hyph-fr.tex, hyph-en-us.tex).
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/fr/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
declare module 'hyphen/en-us/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
