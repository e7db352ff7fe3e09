const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
  period: '.',
};

/**
 * Whether a link from the content may be put in an href: http(s), mailto, or a path inside the
 * project. Browsers ignore whitespace and control characters inside a scheme and decode HTML
 * entities in attributes, so "jav&#x61;script:" and "java\tscript:" are read the way a browser reads them.
 */
export function isSafeLink(href: string): boolean {
  const decoded = decodeEntities(href)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  if (decoded === '') return false;
  if (decoded.startsWith('//') || decoded.startsWith('\\\\') || decoded.startsWith('/\\') || decoded.startsWith('\\/')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(decoded);
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1]!);
  // "javascript&colon;" leaves a colon after decoding; any colon before the first / ? or # is a scheme.
  const beforePath = decoded.split(/[/?#]/, 1)[0]!;
  return !beforePath.includes(':');
}

function decodeEntities(text: string): string {
  let previous: string;
  let current = text;
  // Decode repeatedly: "&amp;#106;" becomes "&#106;" and then "j".
  do {
    previous = current;
    current = current
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, decimal: string) => safeCodePoint(parseInt(decimal, 10)))
      .replace(/&([a-z]+);?/gi, (match, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? match);
  } while (current !== previous);
  return current;
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
