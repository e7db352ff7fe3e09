// Reads a PDF back page by page, as the design tests check it: each page's size and where its text
// is (read-pdf.ts gives the page count and the text alone).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const document = await task.promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is Extract<typeof item, { str: string }> => 'str' in item && item.str.trim() !== '');
    pages.push({
      width,
      height,
      text: items.map((item) => item.str).join(' '),
      lowestText: Math.min(...items.map((item) => item.transform[5] as number)),
      highestText: Math.max(...items.map((item) => (item.transform[5] as number) + item.height)),
    });
  }
  await task.destroy();
  return pages;
}
