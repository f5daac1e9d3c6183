// Inter 4 (SIL Open Font License, fonts/OFL.txt), the Latin subset as @fontsource/inter 5.3.0
// ships it. Vite inlines the files into the build-time bundle, so nothing is read at run time.
import regularFile from './fonts/inter-latin-400-normal.woff?inline';
import boldFile from './fonts/inter-latin-700-normal.woff?inline';

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The family name the cards' styles ask for. */
export const CARD_FAMILY = 'Inter';

const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

let fonts: CardFont[] | undefined;

/** Inter Regular and Bold, read once (satori keeps a font's parse for as long as the same list is passed). */
export function cardFonts(): CardFont[] {
  fonts ??= [
    { name: CARD_FAMILY, data: bytesOf(regularFile), weight: 400, style: 'normal' },
    { name: CARD_FAMILY, data: bytesOf(boldFile), weight: 700, style: 'normal' },
  ];
  return fonts;
}
