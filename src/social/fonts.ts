import type { Font } from './font.ts';
import { readFont } from './font.ts';
import { readWoff } from './woff.ts';
// Inter 4 (SIL Open Font License, fonts/OFL.txt), the Latin subset as @fontsource/inter 5.3.0
// ships it. Vite inlines the files into the build-time bundle, so nothing is read at run time.
import regularFile from './fonts/inter-latin-400-normal.woff?inline';
import boldFile from './fonts/inter-latin-700-normal.woff?inline';

/** The two weights the preview cards are set in. */
export interface CardFonts {
  regular: Font;
  bold: Font;
}

function fontOfDataUrl(dataUrl: string): Font {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return readFont(readWoff(new Uint8Array(Buffer.from(base64, 'base64'))));
}

let fonts: CardFonts | undefined;

/** Inter Regular and Bold, read once. */
export function cardFonts(): CardFonts {
  fonts ??= { regular: fontOfDataUrl(regularFile), bold: fontOfDataUrl(boldFile) };
  return fonts;
}
