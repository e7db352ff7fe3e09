// Draws the first page of a PDF as a PNG, for a person to look at (the design tests' artefacts):
// pdfjs-dist renders it on @napi-rs/canvas, which pdfjs-dist brings along.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPageToPng(bytes: Uint8Array, widthPx = 1600): Promise<Buffer> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const document = await task.promise;
  try {
    const page = await document.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: widthPx / unscaled.width });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
    await page.render({ canvasContext: context, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await task.destroy();
  }
}
