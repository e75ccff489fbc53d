import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/**
 * The text of each page of a PDF, read back by PDF.js through the fonts' Unicode maps, in the order it was drawn:
 * the pieces of one paragraph or table cell stay together (a wrapped line becomes a space), and runs of white space
 * become one space.
 */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  // PDF.js takes over the buffer it is given, so it gets a copy
  const document = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      let previous: TextItem | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        if (previous) {
          const sameLine = Math.abs((previous.transform[5] as number) - (item.transform[5] as number)) < 1;
          const gap = (item.transform[4] as number) - ((previous.transform[4] as number) + previous.width);
          if (previous.hasEOL || !sameLine || gap > 1) text += ' ';
        }
        text += item.str;
        previous = item;
      }
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
