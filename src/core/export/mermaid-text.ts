/**
 * Mermaid's `journey` grammar cannot hold some characters in a title, section or task name: `#`
 * starts a comment, `;` and a line break end the statement, and `:` separates a task from its
 * score. Entity codes such as `#58;` are not decoded by the journey renderer, so each is replaced
 * by a look-alike that reads the same on the diagram and that `fromMermaidText` turns back.
 */
const LOOK_ALIKES: readonly (readonly [string, string])[] = [
  [':', '\u2236'], // RATIO
  ['#', '\uFF03'], // FULLWIDTH NUMBER SIGN
  [';', '\uFF1B'], // FULLWIDTH SEMICOLON
  ['}', '\uFF5D'], // FULLWIDTH RIGHT CURLY BRACKET: ends an accDescr block
];

/** Invisible, and not whitespace to Mermaid's lexer: it keeps a name from reading as a keyword. */
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * A name that starts like a statement of the grammar (`section x`, `title x`, `journey`, an
 * accessibility field, or a `%` comment) would be read as that statement.
 */
const KEYWORD_START = /^(journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{]|%|[^}]%%)/i;

/**
 * Turns a text into one Mermaid line: look-alikes for the characters the grammar cannot hold,
 * line breaks as spaces, `%%` split so it cannot open a directive, and a zero-width space ahead
 * of a leading keyword.
 */
export function toMermaidText(text: string): string {
  let line = text.replace(/\s+/g, ' ').trim();
  for (const [character, lookAlike] of LOOK_ALIKES) line = line.replaceAll(character, lookAlike);
  line = line.replaceAll('%%', `%${ZERO_WIDTH_SPACE}%`);
  return KEYWORD_START.test(line) ? ZERO_WIDTH_SPACE + line : line;
}

/** Text for an `accDescr { ... }` block: several lines allowed, only `}` and `%%` replaced. */
export function toMermaidBlock(text: string): string {
  return text.trim().replaceAll('}', '\uFF5D').replaceAll('%%', `%${ZERO_WIDTH_SPACE}%`);
}

/** Undoes `toMermaidText` and `toMermaidBlock`: the original characters and no zero-width spaces. */
export function fromMermaidText(text: string): string {
  let original = text.replaceAll(ZERO_WIDTH_SPACE, '');
  for (const [character, lookAlike] of LOOK_ALIKES) original = original.replaceAll(lookAlike, character);
  return original.trim();
}
