// The search index of a built site is the one Pagefind makes of its pages as they are: the build
// gives Pagefind each page reduced to what it reads (src/integrations/pagefind-input.ts), and
// that must change nothing a visitor could find.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { pagefindInput } from '../../src/integrations/pagefind-input.ts';
import { hashDir } from './hash-dir.ts';

const work = await mkdtemp(join(tmpdir(), 'parcours-search-index-'));
afterAll(async () => {
  await close();
  await rm(work, { recursive: true, force: true });
});

/** The pages of a built site that Pagefind indexes, in the order the build gives them. */
async function markedPages(dir: string): Promise<{ sourcePath: string; content: string }[]> {
  const pages = [];
  for (const sourcePath of (await readdir(dir, { recursive: true })).filter((path) => path.endsWith('.html')).sort()) {
    const content = await readFile(join(dir, sourcePath), 'utf8');
    if (content.includes('data-pagefind-body')) pages.push({ sourcePath, content });
  }
  return pages;
}

describe.each([
  ['the examples', inject('examples').dir],
  ['the hostile-content fixture', inject('xss').dir],
])('the search index of %s', (_name, dir) => {
  it('is the one Pagefind makes of the whole pages', async () => {
    const pages = await markedPages(dir);
    expect(pages.length).toBeGreaterThan(0);
    // Every page is reduced, none left to Pagefind as is, and reduced by more than half.
    const reduced = pages.map((page) => pagefindInput(page.content));
    expect(pages.filter((_page, at) => reduced[at] === undefined).map((page) => page.sourcePath)).toEqual([]);
    const length = (texts: (string | undefined)[]) => texts.reduce((sum, text) => sum + text!.length, 0);
    expect(length(reduced)).toBeLessThan(length(pages.map((page) => page.content)) / 2);

    const { index, errors } = await createIndex();
    if (!index) throw new Error(errors.join('; '));
    for (const page of pages) expect((await index.addHTMLFile(page)).errors).toEqual([]);
    const outputPath = join(work, `${dir.split('/').at(-1)}-whole`);
    await index.writeFiles({ outputPath });
    expect(await hashDir(join(dir, 'pagefind'))).toEqual(await hashDir(outputPath));
  });
});
