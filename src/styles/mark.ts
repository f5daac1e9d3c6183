/**
 * The site's mark, written once: three bars of a list getting shorter, on the accent. The
 * favicon (public/favicon.svg, written by `npm run colours`; a unit test fails when it is stale)
 * and the preview cards' brand (src/social/card.ts) draw it from here, in the tokens' colours.
 */
import { ACCENT, ACCENT_TEXT } from './tokens.ts';

/** Its geometry on a 32-unit square: corner radius, where the bars start, how thick they are, and each bar's row and length. */
export const MARK = {
  size: 32,
  radius: 7,
  start: 8,
  thickness: 3,
  bars: [{ row: 9, length: 16 }, { row: 16, length: 11 }, { row: 23, length: 6 }],
} as const;

/** The text of public/favicon.svg: the mark in the light theme's accent. */
export function faviconSvg(): string {
  const { size, radius, start, thickness, bars } = MARK;
  const path = bars.map(({ row, length }) => `M${start} ${row}h${length}`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT[0]}"/>` +
    `<path d="${path}" stroke="${ACCENT_TEXT[0]}" stroke-width="${thickness}" stroke-linecap="round"/></svg>\n`;
}
