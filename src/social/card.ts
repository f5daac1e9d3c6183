import { ACCENT, ACCENT_SOFT, ACCENT_TEXT, BG, BORDER, MUTED, SURFACE, TEXT } from '../styles/tokens.ts';
import { colourOf, createBitmap, type Bitmap, type Colour } from './bitmap.ts';
import type { Font } from './font.ts';
import type { CardFonts } from './fonts.ts';
import { fillPath, roundedRect } from './raster.ts';
import { drawText, fitText, type FittedText } from './text.ts';

/** What one preview card says. */
export interface PreviewCard {
  /** Its file name under /og/, without `.png`. */
  id: string;
  /** A short label above the headline. */
  kicker: string;
  headline: string;
  /** One sentence under the headline. */
  line: string;
  /** Draws a sketch of the now / next / later lanes beside the text. */
  lanes: boolean;
}

/** The size Open Graph and Twitter's large card expect (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The light theme's colours (src/styles/tokens.ts). */
export const CARD_PALETTE = {
  bg: BG[0],
  surface: SURFACE[0],
  text: TEXT[0],
  muted: MUTED[0],
  border: BORDER[0],
  accent: ACCENT[0],
  'accent-soft': ACCENT_SOFT[0],
  'accent-text': ACCENT_TEXT[0],
} as const;

const colour = (token: keyof typeof CARD_PALETTE): Colour => colourOf(CARD_PALETTE[token]);
const MARGIN = 72;
const LANES_WIDTH = 372;
const GAP = 56;

/** The favicon's mark (three bars of a list getting shorter), then the product's name. */
function drawBrand(bitmap: Bitmap, fonts: CardFonts): void {
  const size = 56;
  fillPath(bitmap, roundedRect(MARGIN, MARGIN, size, size, 12), colour('accent'));
  for (const [row, length] of [[9, 16], [16, 11], [23, 6]] as const) {
    const unit = size / 32;
    fillPath(bitmap, roundedRect(MARGIN + 6.5 * unit, MARGIN + (row - 1.5) * unit, (length + 3) * unit, 3 * unit, 1.5 * unit), colour('accent-text'));
  }
  drawText(bitmap, fonts.bold, 'Hire Order', MARGIN + size + 20, MARGIN + size / 2 + 13, 36, colour('text'));
}

/** Height of a block of lines from its top to its last line's descender. */
function blockHeight(font: Font, text: FittedText, leading: number): number {
  const scale = text.size / font.unitsPerEm;
  return font.ascender * scale + (text.lines.length - 1) * text.size * leading - font.descender * scale;
}

function drawBlock(bitmap: Bitmap, font: Font, text: FittedText, top: number, leading: number, ink: Colour): void {
  const ascent = (font.ascender * text.size) / font.unitsPerEm;
  text.lines.forEach((line, i) => drawText(bitmap, font, line, MARGIN, top + ascent + i * text.size * leading, text.size, ink));
}

/** Three lanes with fewer, quieter seats from now to later: the shape of every result. */
function drawLanes(bitmap: Bitmap, fonts: CardFonts, left: number, top: number, height: number): void {
  fillPath(bitmap, roundedRect(left, top, LANES_WIDTH, height, 20), colour('border'));
  fillPath(bitmap, roundedRect(left + 2, top + 2, LANES_WIDTH - 4, height - 4, 18), colour('surface'));
  const padding = 24;
  const gap = 14;
  const column = (LANES_WIDTH - 2 * padding - 2 * gap) / 3;
  const lanes = [
    { name: 'Now', seats: 3, fill: colour('accent'), edge: colour('accent'), ink: colour('accent-text') },
    { name: 'Next', seats: 2, fill: colour('accent-soft'), edge: colour('accent'), ink: colour('accent') },
    { name: 'Later', seats: 1, fill: colour('bg'), edge: colour('border'), ink: colour('border') },
  ];
  lanes.forEach((lane, i) => {
    const x = left + padding + i * (column + gap);
    drawText(bitmap, fonts.bold, lane.name, x, top + padding + 22, 24, colour('text'));
    for (let seat = 0; seat < lane.seats; seat++) {
      const y = top + padding + 44 + seat * 62;
      fillPath(bitmap, roundedRect(x, y, column, 50, 10), lane.edge);
      fillPath(bitmap, roundedRect(x + 2, y + 2, column - 4, 46, 8), lane.fill);
      fillPath(bitmap, roundedRect(x + 12, y + 15, 20, 20, 10), lane.ink);
      fillPath(bitmap, roundedRect(x + 40, y + 21, column - 54 - seat * 10, 8, 4), lane.ink);
    }
  });
}

/** A card's text as it will be drawn: each block's size and lines. */
export interface CardText {
  kicker: FittedText;
  headline: FittedText;
  line: FittedText;
}

const BAR = 14;
/** The space under the brand that the text block is centred in. */
const AREA = { top: MARGIN + 56 + 32, bottom: CARD_SIZE.height - BAR - MARGIN + 24 };
const LEADING = { kicker: 1.2, headline: 1.1, line: 1.35 } as const;
const AFTER = { kicker: 16, headline: 24, line: 0 } as const;

function textHeight(text: CardText, fonts: CardFonts): number {
  return (
    blockHeight(fonts.bold, text.kicker, LEADING.kicker) + AFTER.kicker +
    blockHeight(fonts.bold, text.headline, LEADING.headline) + AFTER.headline +
    blockHeight(fonts.regular, text.line, LEADING.line)
  );
}

/**
 * Sets a card's text as large as it fits its column, then smaller until the whole block fits
 * the height under the brand: the headline gives way first, then the line. At the smallest
 * sizes three lines of each always fit, so no text reaches the edge.
 */
export function setCardText(card: PreviewCard, fonts: CardFonts): CardText {
  const width = CARD_SIZE.width - 2 * MARGIN - (card.lanes ? LANES_WIDTH + GAP : 0);
  const kicker = fitText(fonts.bold, card.kicker, { width, maxLines: 1, largest: 28, smallest: 22 });
  let text: CardText | undefined;
  for (let lineSize = 34; lineSize >= 24; lineSize -= 2) {
    const line = fitText(fonts.regular, card.line, { width, maxLines: 3, largest: lineSize, smallest: 24, balanced: true });
    for (let headlineSize = 76; headlineSize >= 44; headlineSize -= 4) {
      const headline = fitText(fonts.bold, card.headline, { width, maxLines: 3, largest: headlineSize, smallest: 44, balanced: true });
      text = { kicker, headline, line };
      if (textHeight(text, fonts) <= AREA.bottom - AREA.top) return text;
    }
  }
  return text!;
}

/** Draws a card: the brand, the kicker, the headline and its line, and the lanes if asked. */
export function drawCard(card: PreviewCard, fonts: CardFonts): Bitmap {
  const { width, height } = CARD_SIZE;
  const bitmap = createBitmap(width, height, colour('bg'));
  fillPath(bitmap, roundedRect(0, height - BAR, width, BAR, 0), colour('accent'));
  drawBrand(bitmap, fonts);
  const text = setCardText(card, fonts);
  let top = AREA.top + Math.max(0, (AREA.bottom - AREA.top - textHeight(text, fonts)) / 2);
  const blocks = [
    { font: fonts.bold, text: text.kicker, leading: LEADING.kicker, ink: colour('accent'), after: AFTER.kicker },
    { font: fonts.bold, text: text.headline, leading: LEADING.headline, ink: colour('text'), after: AFTER.headline },
    { font: fonts.regular, text: text.line, leading: LEADING.line, ink: colour('muted'), after: AFTER.line },
  ];
  for (const block of blocks) {
    drawBlock(bitmap, block.font, block.text, top, block.leading, block.ink);
    top += blockHeight(block.font, block.text, block.leading) + block.after;
  }
  const lanesHeight = 266;
  if (card.lanes) drawLanes(bitmap, fonts, width - MARGIN - LANES_WIDTH, AREA.top + (AREA.bottom - AREA.top - lanesHeight) / 2, lanesHeight);
  return bitmap;
}
