import { createHash } from 'node:crypto';

/** One entry of an Atom feed (RFC 4287): here, one commit that changed content. */
export interface FeedEntry {
  /** A permanent IRI: the same commit always gives the same id. */
  id: string;
  title: string;
  /** RFC 3339, as Git gives commit dates. */
  updated: string;
  author: string;
  /** The page that shows the entry. */
  link: string;
  /** Plain text (type="text"): readers and chat integrations show it as is. */
  content: string;
}

export interface Feed {
  id: string;
  title: string;
  /** The feed's own address, and the page it mirrors. */
  self: string;
  alternate: string;
  /** The language of its text (xml:lang). */
  lang: string;
  /** The feed's date when it has no entry; otherwise the newest entry's. */
  emptyUpdated: string;
  entries: readonly FeedEntry[];
}

/**
 * An Atom 1.0 document, as text. Pure: the same feed gives the same bytes, so a rebuild of the
 * same content is byte-identical (dates come from commits, never from the clock).
 */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries[0]?.updated ?? feed.emptyUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${attribute(feed.lang)}">`,
    `  <id>${text(feed.id)}</id>`,
    `  <title>${text(feed.title)}</title>`,
    `  <updated>${text(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${attribute(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${attribute(feed.alternate)}"/>`,
    '  <generator>Parcours</generator>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${text(entry.id)}</id>`,
      `    <title>${text(entry.title)}</title>`,
      `    <updated>${text(entry.updated)}</updated>`,
      `    <author><name>${text(entry.author)}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${attribute(entry.link)}"/>`,
      `    <content type="text">${text(entry.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** A name-based UUID (version 5, RFC 9562) as a URN: a permanent Atom id from a stable name (a commit id). */
export function uuidUrn(name: string): string {
  const bytes = createHash('sha1').update(`parcours:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Characters XML 1.0 does not allow, even escaped (controls, lone surrogates, U+FFFE/FFFF): a commit message may hold them.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
