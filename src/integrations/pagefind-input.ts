// What Pagefind reads of a page, without the rest. Pagefind parses every element of the pages it
// indexes, and a journey page has about 3,300 of them for some 3,000 words: indexing the 1,200
// marked pages of a 1,000-journey site took 13 s, and 4.6 s for the same text with only its
// headings as elements. The rules below follow Pagefind's reader (pagefind/src/fossick/parser.rs):
// every element it gives a meaning to stays. Tests run pages both ways through Pagefind and require
// the same index files.

/** Elements after which Pagefind puts a space and, after a word, a full stop. */
const SENTENCE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
/** Elements that pass their parent's anchor on to their text. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdo',
  'big',
  'br',
  'button',
  'cite',
  'code',
  'dfn',
  'em',
  'i',
  'img',
  'input',
  'kbd',
  'label',
  'map',
  'object',
  'output',
  'q',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'textarea',
  'time',
  'tt',
  'var',
]);
/** Elements whose content Pagefind leaves out of the text. */
const LEFT_OUT = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements written out even with nothing but text: Pagefind reads them, or they hold form controls. */
const WRITTEN = new Set(['html', 'body', 'h1', 'button', 'select', 'map', 'object', 'output']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);
/** Void elements that mean something to Pagefind without an id: a space, an image. */
const READ_VOID = new Set(['br', 'img']);
/** Attributes Pagefind reads besides `id` and `data-pagefind-*`, by element. */
const READ_ATTRIBUTES: Record<string, string[]> = { html: ['lang'], img: ['src', 'alt'] };
/** Headings, which Pagefind weighs. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Pagefind's SENTENCE_CHARS, `[\w'"\)\$\*]`, with the Unicode `\w` of Rust's regex crate. */
const SENTENCE_CHAR = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;
/** Content whose parsing this reading does not follow (raw text, or parsing that depends on scripting). */
const UNFOLLOWED = /<(?:(?:textarea|noscript|iframe|xmp|plaintext|noembed|noframes|template|math)[\s/>]|!\[CDATA\[)/i;
const IGNORE_VALUES = new Set(['', 'index', 'true', 'all']);

const START_TAG = /<([a-zA-Z][^\s/>]*)/y;
const ATTRIBUTE = /\s*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/y;
const TAG_END = /\s*(\/?)>/y;
const END_TAG = /<\/([a-zA-Z][^\s/>]*)\s*>/y;
const RAW_END: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, title: /<\/title\s*>/gi };

interface Open {
  name: string;
  /** Whether its tags are written out; otherwise only its content is. */
  written: boolean;
  /** Whether its text counts towards an anchor's (an element with an id, or inline in one). */
  anchored: boolean;
  /** Whether all it holds is text and elements that only end sentences: then it goes as its text. */
  plain?: boolean;
  /** Where its start tag is in the output. */
  outAt?: number;
  /** Whether elements are written inside it. */
  nested?: boolean;
}

/** An element whose content Pagefind leaves out, and where it started. */
interface Region {
  depth: number;
  from: number;
  /** Whether something in it is read all the same (metadata, a title, an image, an anchor's text): then it stays as is. */
  read: boolean;
  /** The element's own tags, when they are read without its content. */
  tags?: string;
}

interface StartTag {
  name: string;
  end: number;
  selfClosing: boolean;
  /** The attributes Pagefind reads on this element, as written. */
  read: string[];
  id: boolean;
  /** data-pagefind-* attributes other than a plain data-pagefind-ignore. */
  pagefind: boolean;
  ignored: boolean;
}

/**
 * The page with only what Pagefind reads of it: the same text, the elements that separate its
 * sentences or carry an id, the data-pagefind-* attributes, the page's title, language and images;
 * without the content Pagefind leaves out (data-pagefind-ignore, svg, nav, scripts) when nothing
 * in it is read. Returns undefined for a page whose parsing this does not follow (tags that do not
 * nest, raw text other than scripts, styles and titles): that page goes to Pagefind as it is.
 */
export function pagefindInput(html: string): string | undefined {
  if (UNFOLLOWED.test(html)) return undefined;
  const out: string[] = [];
  const open: Open[] = [];
  // Something written that Pagefind reads more of than text: the elements around it keep their elements.
  const spoil = () => {
    for (let index = open.length - 1; index >= 0 && open[index]!.plain !== false; index--) open[index]!.plain = false;
  };
  let region: Region | undefined;
  let titleSeen = false;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      if (!region) out.push(html.slice(at));
      break;
    }
    if (lt > at) {
      if (!region) out.push(html.slice(at, lt));
      // Text in an inline element of an anchor counts towards the anchor's text even where Pagefind
      // leaves it out of the page's.
      else if (open.at(-1)!.anchored) region.read = true;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      if (end === -1) return undefined;
      at = comment ? end + 3 : end + 1;
      // A doctype stays; comments are not read.
      if (!comment && !region) out.push(html.slice(lt, at));
      continue;
    }
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(html);
      const top = open.pop();
      if (!end || !top || top.name !== end[1]!.toLowerCase()) return undefined;
      at = END_TAG.lastIndex;
      if (region?.depth === open.length) {
        if (region.read) out.push(html.slice(region.from, at));
        else if (region.tags) out.push(region.tags, `</${top.name}>`);
        if (region.read || region.tags) spoil();
        region = undefined;
      } else if (!region && top.written) {
        if (top.plain && top.nested) out.push(textOf(out.splice(top.outAt! + 1).join('')));
        out.push(`</${top.name}>`);
      }
      continue;
    }

    const tag = startTag(html, lt);
    if (!tag) return undefined;
    const { name } = tag;
    at = tag.end;
    // Read by Pagefind even inside content it leaves out: metadata, the first heading, an image.
    if (region && (tag.pagefind || name === 'h1' || name === 'img')) region.read = true;
    if (name === 'script' || name === 'style' || name === 'title') {
      if (tag.selfClosing) return undefined;
      const close = RAW_END[name]!;
      close.lastIndex = at;
      const end = close.exec(html);
      // Inside a script, "<!--" changes where it ends.
      if (!end || html.slice(at, end.index).includes('<!--')) return undefined;
      const source = html.slice(lt, close.lastIndex);
      at = close.lastIndex;
      // Pagefind reads the first title (the page's, in the head), and of a script or a style an id,
      // its own attributes, and a link to a pre-1.0 bundle.
      const read = name === 'title' ? !titleSeen : tag.id || tag.pagefind || source.slice(0, tag.end - lt).includes('_pagefind');
      if (name === 'title') titleSeen = true;
      if (region) region.read ||= read;
      // A title outside the head is text, too.
      else if (read || name === 'title') {
        spoil();
        out.push(source);
      }
      continue;
    }
    if (tag.selfClosing && !VOID.has(name)) {
      // Self-closing is honoured in SVG only; elsewhere `<div/>` opens a div.
      if (!open.some((entry) => entry.name === 'svg') && name !== 'svg') return undefined;
      if (!region) {
        spoil();
        out.push(html.slice(lt, at));
      }
      continue;
    }
    if (VOID.has(name)) {
      if (region) continue;
      if (tag.pagefind || tag.id || READ_VOID.has(name)) spoil();
      if (tag.pagefind) out.push(html.slice(lt, at));
      else if (tag.id || READ_VOID.has(name)) out.push(`<${name}${tag.read.join('')}>`);
      continue;
    }
    const parentAnchored = open.at(-1)?.anchored ?? false;
    const anchored = (tag.id && !tag.ignored) || (parentAnchored && INLINE.has(name));
    if (region) {
      // An anchor inside left-out content is left out with it; text still counts towards an anchor
      // from outside, through inline elements.
      open.push({ name, written: true, anchored: parentAnchored && INLINE.has(name) });
      continue;
    }
    if (tag.ignored || LEFT_OUT.has(name)) {
      // An element with an id marks an anchor before its content is left out (unless it is ignored
      // itself): its tags stay.
      const tags = tag.id && !tag.ignored ? `<${name}${tag.read.join('')}>` : undefined;
      region = { depth: open.length, from: lt, read: tag.pagefind, tags };
      open.push({ name, written: true, anchored });
      continue;
    }
    // Tags Pagefind reads nothing of are left out and their content kept, where that changes
    // nothing: inline elements always, the others where their text is not an anchor's.
    if (!tag.id && !tag.pagefind && !SENTENCE.has(name) && !WRITTEN.has(name) && (INLINE.has(name) || !parentAnchored)) {
      open.push({ name, written: false, anchored: parentAnchored });
      continue;
    }
    const plain = !tag.id && !tag.pagefind && !anchored && !WRITTEN.has(name) && !HEADINGS.has(name);
    if (!plain) spoil();
    for (let index = open.length - 1; index >= 0; index--) {
      if (open[index]!.written) {
        open[index]!.nested = true;
        break;
      }
    }
    open.push({ name, written: true, anchored, plain, outAt: out.length });
    out.push(tag.pagefind ? html.slice(lt, at) : `<${name}${tag.read.join('')}>`);
  }
  return open.length === 0 && !region ? out.join('') : undefined;
}

/**
 * What Pagefind makes of elements that only end sentences, as text: a space before each, and
 * after it a full stop when it ends in a word, then a space. `html` holds text and such elements'
 * tags, without attributes.
 */
function textOf(html: string): string {
  const values = [''];
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      values[values.length - 1] += html.slice(at);
      return values[0]!;
    }
    values[values.length - 1] += html.slice(at, lt);
    const gt = html.indexOf('>', lt);
    if (html.charCodeAt(lt + 1) === 0x2f) {
      let value = values.pop()!;
      if (SENTENCE.has(html.slice(lt + 2, gt))) {
        value = ` ${value}`;
        if (endsInWordChar(value)) value += '.';
        value += ' ';
      }
      values[values.length - 1] += value;
    } else {
      values.push('');
    }
    at = gt + 1;
  }
}

/** Whether the last character (a code point, as Rust's `chars().last()`) is one of SENTENCE_CHAR. */
function endsInWordChar(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return SENTENCE_CHAR.test(last >= 0xdc00 && last <= 0xdfff ? text.slice(-2) : text.slice(-1));
}

/** The start tag at `lt`, or undefined when its syntax is not the plain one. */
function startTag(html: string, lt: number): StartTag | undefined {
  START_TAG.lastIndex = lt;
  const start = START_TAG.exec(html);
  if (!start) return undefined;
  const name = start[1]!.toLowerCase();
  const readHere = READ_ATTRIBUTES[name];
  const tag: StartTag = { name, end: 0, selfClosing: false, read: [], id: false, pagefind: false, ignored: false };
  let at = START_TAG.lastIndex;
  for (;;) {
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(html);
    if (end) {
      tag.end = TAG_END.lastIndex;
      tag.selfClosing = end[1] === '/';
      return tag;
    }
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(html);
    if (!attribute || ATTRIBUTE.lastIndex === at) return undefined;
    const attributeName = attribute[1]!.toLowerCase();
    if (attributeName === 'id') tag.id = true;
    if (attributeName === 'data-pagefind-ignore') {
      tag.ignored = true;
      // Any other value makes Pagefind warn: left for it to say.
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '').toLowerCase();
      if (!IGNORE_VALUES.has(value)) tag.pagefind = true;
    } else if (attributeName.startsWith('data-pagefind-')) {
      tag.pagefind = true;
    }
    if (attributeName === 'id' || readHere?.includes(attributeName)) tag.read.push(` ${attribute[0].trimStart()}`);
    at = ATTRIBUTE.lastIndex;
  }
}
