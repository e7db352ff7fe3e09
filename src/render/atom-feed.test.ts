import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { atomFeed, uuidUrn, type Feed } from './atom-feed.ts';

const feed: Feed = {
  id: 'https://example.org/changes.xml',
  title: 'Cartes & parcours : changements',
  self: 'https://example.org/changes.xml',
  alternate: 'https://example.org/changes/',
  lang: 'fr',
  emptyUpdated: '2026-06-01T00:00:00Z',
  entries: [
    {
      id: uuidUrn('b'),
      title: 'Fix <the> "door" step\u0007',
      updated: '2026-03-15T14:00:00+01:00',
      author: 'Claire',
      link: 'https://example.org/changes/2026-03/#c-b',
      content: 'Commander\n⚠ alerte : l’émotion chute & <rien>',
    },
    {
      id: uuidUrn('a'),
      title: 'First',
      updated: '2026-01-10T09:00:00+01:00',
      author: 'Léa',
      link: '/changes/2026-01/#c-a',
      content: 'Ajouté.',
    },
  ],
};

/** The feed through a real XML parser, which reports any well-formedness error as a parsererror document. */
function parse(xml: string): Document {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('atomFeed', () => {
  it('writes well-formed Atom whose text reads back as given, entries in the order given', () => {
    const document = parse(atomFeed(feed));
    const root = document.documentElement;
    expect([root.namespaceURI, root.localName, root.getAttribute('xml:lang')]).toEqual(['http://www.w3.org/2005/Atom', 'feed', 'fr']);
    expect(root.querySelector(':scope > title')!.textContent).toBe('Cartes & parcours : changements');
    expect(root.querySelector(':scope > updated')!.textContent).toBe('2026-03-15T14:00:00+01:00');
    const entries = [...root.querySelectorAll('entry')];
    expect(entries.map((entry) => entry.querySelector('title')!.textContent)).toEqual(['Fix <the> "door" step\ufffd', 'First']);
    expect(entries[0]!.querySelector('content')!.textContent).toBe('Commander\n⚠ alerte : l’émotion chute & <rien>');
    expect(entries[0]!.querySelector('content')!.getAttribute('type')).toBe('text');
    expect(entries.map((entry) => entry.querySelector('author > name')!.textContent)).toEqual(['Claire', 'Léa']);
  });

  it('gives an empty feed the date it is told, and stays the same bytes for the same feed', () => {
    expect(parse(atomFeed({ ...feed, entries: [] })).querySelector('feed > updated')!.textContent).toBe('2026-06-01T00:00:00Z');
    expect(atomFeed(feed)).toBe(atomFeed(structuredClone(feed)));
  });

  it('makes permanent version-5 UUID ids from names', () => {
    expect(uuidUrn('0123abc')).toBe(uuidUrn('0123abc'));
    expect(uuidUrn('0123abc')).not.toBe(uuidUrn('0123abd'));
    expect(uuidUrn('0123abc')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
