import { readFile } from 'node:fs/promises';
// The legacy build is the one meant for Node (the other expects a browser's globals).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's page count and its text, read with Mozilla's PDF.js (no system tool such as poppler).
 * The text is in the order the pages draw it, runs of white space as one space: a name wrapped
 * in its column reads whole.
 */
export async function readPdf(file: string): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) texts.push(item.str, item.hasEOL ? '\n' : '');
    }
    return { pages: document.numPages, text: texts.join('').replace(/\s+/g, ' ') };
  } finally {
    await document.destroy();
  }
}
