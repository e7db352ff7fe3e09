import { describe, expect, it } from 'vitest';
import { needsFullParser } from './needs-full-parser.ts';

// What the scan sends to `yaml`, line by line; the fast reader's parity test checks the outcome
// on every corpus, these the cases one at a time.
describe('needsFullParser', () => {
  it.each([
    ['an anchor', 'id: j\nsteps: &steps\n  - a\n'],
    ['an alias', 'id: j\nsteps: *steps\n'],
    ['a tag', 'id: j\ndata: !!binary aGVsbG8=\n'],
    ['an explicit key', 'id: j\n? title\n: J\n'],
    ['a flow list that does not close on its line', 'id: j\ntags: [a,\n  b]\n'],
    ['a flow map with more closings than openings', 'id: j\nemotion: { a: 1 }}\n'],
    ['a quoted scalar that does not close on its line', 'id: j\ntitle: "Un titre\n  sur deux lignes"\n'],
    ['a document marker', '---\nid: j\n'],
    ['a directive', '%YAML 1.1\n---\nid: j\n'],
    ['a tab', 'id: j\n\ttitle: J\n'],
    ['a merge key', 'id: j\n<<: {}\n'],
    ['brackets inside quotes, which the bracket count does not tell from flow', 'id: j\ntitle: "Un [titre] entre crochets"\n'],
  ])('sends %s to yaml', (_, text) => expect(needsFullParser(text)).toBe(true));

  it.each([
    ['plain block maps and lists', 'id: j\ntitle: J\nstages:\n  - id: s\n    name: S\n'],
    ['one-line flow collections, with a comment after', 'id: j\ntags: [a, b] # deux\nemotion: { a: 1, b: -2 }\n'],
    ['quoted scalars that close', "id: j\ntitle: \"Un titre: entre guillemets\"\nsummary: 'l''agence'\n"],
    ['Markdown in a block scalar', 'id: j\nnotes: |\n  *Gras* et [lien](x) & ! ? --- "non fermé\n  > citation\ntitle: J\n'],
    ['a question mark and an ampersand inside text', 'id: j\ntitle: Pourquoi payer ? Questions & réponses!\n'],
  ])('reads %s fast', (_, text) => expect(needsFullParser(text)).toBe(false));
});
