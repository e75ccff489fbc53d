import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { MinutesInput } from './minutes-input.ts';
import { FONT_FAMILY, minutesDocument } from './minutes-document.ts';

const require = createRequire(import.meta.url);

// Noto Serif as Google Fonts ships it: whole TTFs (every Vietnamese letter), not the per-script subsets of webfonts.
const FONT_FILES = {
  normal: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italics: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bolditalics: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;

let prepared = false;

/*
 * pdfmake is one object per process. It gets the font files by path (it opens them for each document) and is told
 * to open no other file and fetch no URL: the minutes contain no images, so anything else it would load could only
 * come from the input.
 */
function prepare(): void {
  if (prepared) return;
  const fonts = Object.fromEntries(
    Object.entries(FONT_FILES).map(([style, specifier]) => [style, require.resolve(specifier)]),
  );
  const allowed = new Set(Object.values(fonts));
  pdfmake.addFonts({ [FONT_FAMILY]: fonts });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  prepared = true;
}

/** The minutes (biên bản) of a closed judging round as an A4 PDF in Vietnamese. */
export async function renderMinutes(input: MinutesInput): Promise<Uint8Array> {
  const definition = minutesDocument(input);
  prepare();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
