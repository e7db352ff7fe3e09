import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindInput } from './pagefind-input.ts';

const work = await mkdtemp(join(tmpdir(), 'parcours-pagefind-input-'));
afterAll(async () => {
  await close();
  await rm(work, { recursive: true, force: true });
});

const page = (body: string, head = '<title>Page</title><meta charset="utf-8"><style>p{color:red}</style>') =>
  `<!DOCTYPE html><html lang="fr"><head>${head}</head><body><nav><a href="/">Accueil</a></nav>${body}<footer>Pied</footer></body></html>`;

/** Every file Pagefind writes for these pages, by path. */
async function indexFiles(pages: { sourcePath: string; content: string }[]): Promise<Map<string, string>> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(errors.join('; '));
  for (const input of pages) {
    const added = await index.addHTMLFile(input);
    expect(added.errors).toEqual([]);
  }
  const outputPath = await mkdtemp(join(work, 'index-'));
  await index.writeFiles({ outputPath });
  const files = new Map<string, string>();
  for (const path of (await readdir(outputPath, { recursive: true })).sort()) {
    const bytes = await readFile(join(outputPath, path)).catch(() => undefined);
    if (!bytes) continue;
    // Whole files only: Pagefind 1.5 answered writeFiles before its writes were flushed, and under
    // load a file read right after was cut short (the two indexes then differed; 1.6.0 flushes).
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) expect(() => gunzipSync(bytes), `${path} is cut short`).not.toThrow();
    files.set(path, bytes.toString('base64'));
  }
  return files;
}

// Each case is a page whose reading by Pagefind depends on one of its rules: the index made
// from the reduced page must be the one made from the page.
const cases: Record<string, string> = {
  'anchors with inline text': page(
    '<main data-pagefind-body><h2 id="a">Titre <span class="x">avec</span> <b>du <i>gras</i></b></h2><p>Un <a href="/b">lien</a> et <em>plus</em></p></main>',
  ),
  'a block inside an anchor is not its text': page(
    '<main data-pagefind-body><h3 id="b">Tête<dl><dt>terme</dt><dd>définition</dd></dl></h3><table><tr><th>colonne</th><td>cellule</td></tr></table></main>',
  ),
  'metadata inside ignored content': page(
    '<main data-pagefind-body><div data-pagefind-ignore><span data-pagefind-meta="persona">Alice</span>caché</div><p>visible</p><div data-pagefind-ignore="all"><span data-pagefind-filter="canal">web</span>exclu</div></main>',
  ),
  'ignored content inside an anchor': page(
    '<main data-pagefind-body><h4 id="c">Nom<span data-pagefind-ignore>sauté<b>dedans</b></span></h4><div data-pagefind-ignore><h4 id="d">ignoré</h4></div><p>suite</p></main>',
  ),
  'an svg with an id and text in links': page(
    '<main data-pagefind-body><svg id="s" viewBox="0 0 1 1"><title>Courbe</title><a href="/x"><text>texte</text>lien</a><use href="#m"/></svg><svg viewBox="0 0 1 1"><title id="t">Titre</title><path d="M0 0"/></svg><p>après</p></main>',
  ),
  'an image after the first heading, inside ignored content': page(
    '<main data-pagefind-body><h1>Parcours</h1><div data-pagefind-ignore><img src="/a.png" alt="Carte"></div><img src="/b.png" alt="Deux"></main>',
  ),
  'a heading inside left-out content': page('<main data-pagefind-body><nav><h1>Menu</h1></nav><p>Corps</p></main>'),
  'text around the body and after it': page(
    '<p id="before">avant</p><dl><dd>dd<article data-pagefind-body><h2 id="in">Dedans</h2>corps</article>après le corps<span id="late">tard</span></dd></dl><p id="z">dehors</p>',
  ),
  'scripts and styles': page(
    '<main data-pagefind-body><script>var a = "<p>non</p>";</script><script id="js">1</script><style id="st">p{}</style><p>texte</p></main>',
    '<title>Page</title><script src="/_pagefind/pagefind.js"></script>',
  ),
  'filters, sort, weights and attributes': page(
    '<main data-pagefind-body data-pagefind-filter="type:carte" data-pagefind-sort="date:2026-01-01"><img data-pagefind-meta="image[src], image_alt[alt]" src="/i.png" alt="Image"><p data-pagefind-index-attrs="title" title="Titre indexé">p</p><p data-pagefind-weight="10">lourd</p><span data-pagefind-default-meta="auteur">Équipe</span></main>',
  ),
  'entities and sentence ends': page(
    '<main data-pagefind-body><p>Fish &amp; chips</p><p>caf&eacute;</p><ul><li>a)</li><li>b*</li><li>c.</li><li>« d »</li></ul><td>é</td><div>1 &lt; 2</div></main>',
  ),
  'spelling of tags and attributes': page(
    '<MAIN DATA-PAGEFIND-BODY><H2 ID=\'u\'>Haut</H2><P CLASS=x>Bas</P><!-- <p id="hidden">commentaire</p> --><br/>ligne<wbr>suite<hr id="r"><input id="in" value="v"><time datetime="2026">date</time></MAIN>',
  ),
  'no body mark': page('<h1>Titre</h1><section id="s1"><h2 id="h">Section</h2><small>petit</small></section><aside>à côté</aside>'),
  'a title outside the head': page('<main data-pagefind-body><p>avant</p><title>deuxième</title></main>'),
  'the first title in the body': page('<main data-pagefind-body><p>avant</p><title>premier</title></main>', '<meta charset="utf-8">'),
  'an svg with an id and nothing read inside': page(
    '<main data-pagefind-body><p>avant</p><svg id="seul" viewBox="0 0 1 1"><path d="M0 0"/></svg><p>après</p></main>',
  ),
  'sentences in sentences, as text': page(
    '<main data-pagefind-body><section><div><ul><li>un</li><li>deux)</li><li></li><li>trois.</li></ul><p>« quatre »</p><div> cinq <p>six&amp;</p>\n  </div><td>sept*</td></div><div><div>huit 🙂</div><div>neuf ́</div><div>dix ٣</div><div>onze_</div><div>douze "</div><div>treize 𠀀</div></div></section></main>',
  ),
  'sentences beside an anchor, a heading and an image': page(
    '<main data-pagefind-body><section><div><p>avant</p><h3>titre</h3><p>après</p></div><div><p>a</p><span id="s">ancre</span><p>b</p></div><div><p>c</p><img src="/c.png" alt="C"><p>d</p></div><div><p>e</p><br><p>f</p></div></section></main>',
  ),
  'sentences around ignored content': page(
    '<main data-pagefind-body><div><p>gardé</p><div data-pagefind-ignore><p>ignoré</p></div><p>gardé aussi</p><svg id="courbe"><path d="M0 0"/></svg></div><div><p>x</p><div data-pagefind-ignore><span data-pagefind-meta="m">v</span></div></div></main>',
  ),
  'an anchor with a title of its own (Pagefind 1.6)': page(
    '<main data-pagefind-body><section id="usage" data-pagefind-title="Installation &amp; usage" class="x"><h2>Installer</h2><p>texte</p></section></main>',
  ),
  'an unknown ignore value': page('<main data-pagefind-body><div data-pagefind-ignore="peut-être">flou</div><p>net</p></main>'),
};

describe('pagefindInput', () => {
  for (const [name, html] of Object.entries(cases)) {
    it(`gives Pagefind's index of the page: ${name}`, async () => {
      const reduced = pagefindInput(html);
      expect(reduced).toBeDefined();
      const sourcePath = 'page/index.html';
      expect(await indexFiles([{ sourcePath, content: reduced! }])).toEqual(await indexFiles([{ sourcePath, content: html }]));
    });
  }

  it('leaves out what Pagefind does not read', () => {
    const reduced = pagefindInput(
      page(
        '<main data-pagefind-body><div class="cell" style="grid-row:2"><span class="chip">web</span></div><svg viewBox="0 0 9 9"><path d="M0 0L9 9"/></svg><p data-pagefind-ignore>aide</p></main>',
      ),
    );
    expect(reduced).toBe(
      '<!DOCTYPE html><html lang="fr"><head><title>Page</title><meta charset="utf-8"><style>p{color:red}</style></head><body><main data-pagefind-body><div>web</div></main></body></html>',
    );
  });

  it('gives sentences that hold only sentences as their text', () => {
    expect(pagefindInput('<html><body><div><ul><li>a</li><li>b.</li></ul><p>c</p></div><h2 id="x">T</h2></body></html>')).toBe(
      '<html><body><div>  a.  b.   c. </div><h2 id="x">T</h2></body></html>',
    );
  });

  it('keeps anchors and the elements that end sentences', () => {
    expect(pagefindInput('<html><body><h2 id="x" class="h">A <span class="b">B</span></h2><dl><dt>C</dt></dl></body></html>')).toBe(
      '<html><body><h2 id="x">A B</h2>C</body></html>',
    );
  });

  it.each([
    ['a non-void element closed by itself', page('<main data-pagefind-body><div/>texte</main>')],
    ['an end tag that closes nothing', page('<main data-pagefind-body><p>a</span></p></main>')],
    ['implied end tags', page('<main data-pagefind-body><ul><li>a<li>b</ul></main>')],
    ['an unclosed element', '<html><body><div>texte</body></html>'],
    ['a textarea', page('<main data-pagefind-body><textarea><p>x</p></textarea></main>')],
    ['a noscript', page('<main data-pagefind-body><noscript><p>x</p></noscript></main>')],
    ['character data in svg', page('<main data-pagefind-body><svg><![CDATA[ </svg> ]]></svg></main>')],
    ['a comment opening in a script', page('<main data-pagefind-body><script><!-- <script> --></script></main>')],
    ['an unfinished tag', page('<main data-pagefind-body><p class="x</main>')],
  ])('leaves a page with %s to Pagefind as it is', (_name, html) => {
    expect(pagefindInput(html)).toBeUndefined();
  });
});
