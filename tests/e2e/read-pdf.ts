import { readFile } from 'node:fs/promises';
// The legacy build is the one meant for Node (the other expects a browser's globals).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page as a person would check it: its size, its text and where the text is. */
export interface PdfPage {
  /** In points (1/72 in). */
  width: number;
  height: number;
  text: string;
  /** The lowest baseline of any text, in points from the page's bottom edge. */
  lowestText: number;
  /** The highest top of any text, in points from the page's bottom edge. */
  highestText: number;
}

/**
 * A PDF (a file's path, or its bytes) read back with Mozilla's PDF.js (no system tool such as
 * poppler): its page count, its text, and each page. The text is in the order the pages draw it,
 * runs of white space as one space, and a word hyphenated at a line's end joined again (Chromium
 * draws the hyphen of a soft hyphen as U+2010, a hyphen written in the text stays U+002D): a name
 * wrapped in its column reads whole.
 */
export async function readPdf(source: string | Uint8Array): Promise<{ pages: number; text: string; each: PdfPage[] }> {
  const data = new Uint8Array(typeof source === 'string' ? await readFile(source) : source);
  const task = getDocument({ data, useSystemFonts: false, verbosity: 0 });
  try {
    const document = await task.promise;
    const each: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const texts: string[] = [];
      for (const item of content.items) if ('str' in item) texts.push(item.str, item.hasEOL ? '\n' : '');
      const inked = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as Extract<
        (typeof content.items)[number],
        { str: string }
      >[];
      each.push({
        width,
        height,
        text: texts
          .join('')
          .replace(/\u2010\s+/g, '')
          .replace(/\s+/g, ' '),
        lowestText: Math.min(...inked.map((item) => item.transform[5] as number)),
        highestText: Math.max(...inked.map((item) => (item.transform[5] as number) + item.height)),
      });
    }
    return { pages: document.numPages, text: each.map((page) => page.text).join(' '), each };
  } finally {
    await task.destroy();
  }
}
