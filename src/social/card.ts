/**
 * A preview card (/og/<card>.png), laid out by satori as HTML-like boxes and drawn to PNG by
 * resvg (docs/decisions/0010-preview-images-drawn-by-satori.md).
 */
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import satori from 'satori';
import { ACCENT, ACCENT_SOFT, ACCENT_TEXT, BG, BORDER, MUTED, SURFACE, TEXT } from '../styles/tokens.ts';
import { MARK } from '../styles/mark.ts';
import { CARD_FAMILY, cardFonts } from './fonts.ts';

/** What one preview card says. */
export interface PreviewCard {
  /** Its file name under /og/, without `.png`. */
  id: string;
  /** A short label above the headline. */
  kicker: string;
  headline: string;
  /** One sentence under the headline. */
  line: string;
  /** The lanes' names, now to later, for a sketch of them beside the text; `null` for none. */
  lanes: readonly string[] | null;
}

/** The size Open Graph and Twitter's large card expect (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The light theme's colours (src/styles/tokens.ts). */
const INK = {
  bg: BG[0], surface: SURFACE[0], text: TEXT[0], muted: MUTED[0], border: BORDER[0],
  accent: ACCENT[0], accentSoft: ACCENT_SOFT[0], accentText: ACCENT_TEXT[0],
} as const;

/** Space kept clear at the card's left, right and top; no text is drawn in it. */
export const MARGIN = 72;
const BRAND = 56;
/** The accent bar along the bottom edge. */
export const BAR = 14;
const LANES = { width: 372, height: 266, gap: 56 } as const;
/** The band under the brand that the text (and the lanes) are centred in. */
export const TEXT_AREA = { top: MARGIN + BRAND + 32, bottom: CARD_SIZE.height - BAR - MARGIN + 24 } as const;

/** A node of satori's tree: what React would make of JSX, written out. */
interface Box {
  type: 'div';
  key?: string;
  props: { style: Style; children?: Box | string | (Box | string)[] };
}
type Style = Record<string, string | number>;
const box = (style: Style, children?: Box | string | (Box | string)[], key?: string): Box =>
  ({ type: 'div', ...(key ? { key } : {}), props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } });

/** Each block of text: its sizes from largest to smallest, its line height, most lines, and the space after it. */
const BLOCKS = {
  kicker: { sizes: [28, 26, 24, 22], leading: 1.2, maxLines: 1, after: 16 },
  headline: { sizes: [76, 72, 68, 64, 60, 56, 52, 48, 44], leading: 1.1, maxLines: 3, after: 24 },
  line: { sizes: [34, 32, 30, 28, 26, 24], leading: 1.35, maxLines: 3, after: 0 },
} as const;
type Block = keyof typeof BLOCKS;

/** One block as set: its font size and how many lines it takes (at most its `maxLines`). */
export interface SetBlock {
  size: number;
  lines: number;
}
/** A card's text as it will be drawn. */
export type CardText = Record<Block, SetBlock>;

function textStyle(block: Block, size: number): Style {
  const { leading } = BLOCKS[block];
  return {
    fontSize: size,
    lineHeight: leading,
    fontWeight: block === 'line' ? 400 : 700,
    color: block === 'kicker' ? INK.accent : block === 'headline' ? INK.text : INK.muted,
    // Headline and line wrap into even lines; a word longer than the column breaks rather than overflows.
    ...(block === 'kicker' ? {} : { textWrap: 'balance' }),
    wordBreak: 'break-word',
    display: 'block',
  };
}

const columnWidth = (card: PreviewCard) => CARD_SIZE.width - 2 * MARGIN - (card.lanes ? LANES.width + LANES.gap : 0);

async function toSvg(tree: Box, size: { width: number; height?: number }, onNode?: (key: string, height: number) => void): Promise<string> {
  return satori(tree, {
    ...size,
    fonts: cardFonts(),
    // Measuring needs the layout only, not the glyphs' outlines.
    embedFont: !onNode,
    ...(onNode ? { onNodeDetected: (node: { key?: string | number; height: number }) => { if (typeof node.key === 'string') onNode(node.key, node.height); } } : {}),
  });
}

/**
 * Sets a card's text as large as it fits: each block at every size is laid out once in the
 * text's column, then the largest sizes are taken whose lines stay within each block's most
 * and whose whole fits the band under the brand; the headline gives way first, then the line.
 * Where nothing fits (never with the real words) the smallest sizes are used and the drawing
 * cuts each block at its most lines with an ellipsis, so no text leaves its place.
 */
export async function setCardText(card: PreviewCard): Promise<CardText> {
  const heights = new Map<string, number>();
  const probes = (Object.keys(BLOCKS) as Block[]).flatMap((block) =>
    BLOCKS[block].sizes.map((size) => box(textStyle(block, size), card[block], `${block}:${size}`)));
  await toSvg(box({ flexDirection: 'column', alignItems: 'flex-start', width: columnWidth(card) }, probes), { width: columnWidth(card) },
    (key, height) => heights.set(key, height));
  const set = (block: Block, size: number): SetBlock => ({ size, lines: Math.round(heights.get(`${block}:${size}`)! / (size * BLOCKS[block].leading)) });
  const fits = (block: Block) => (text: SetBlock) => text.lines <= BLOCKS[block].maxLines;
  const options = (block: Block) => BLOCKS[block].sizes.map((size) => set(block, size));
  const smallest = (block: Block) => set(block, BLOCKS[block].sizes.at(-1)!);
  const kicker = options('kicker').find(fits('kicker')) ?? smallest('kicker');
  for (const line of options('line').filter(fits('line'))) {
    for (const headline of options('headline').filter(fits('headline'))) {
      const text = { kicker, headline, line };
      if (textHeight(text) <= TEXT_AREA.bottom - TEXT_AREA.top) return text;
    }
  }
  return { kicker, headline: smallest('headline'), line: smallest('line') };
}

/** The height of the text as set: each block's lines (at most its most), and the space between. */
function textHeight(text: CardText): number {
  return (Object.keys(BLOCKS) as Block[]).reduce((sum, block) => {
    const { leading, maxLines, after } = BLOCKS[block];
    return sum + Math.min(text[block].lines, maxLines) * text[block].size * leading + after;
  }, 0);
}

/** The site's mark (src/styles/mark.ts, as the favicon draws it), then the site's name. */
function brand(site: string): Box {
  const unit = BRAND / MARK.size;
  const cap = MARK.thickness / 2; // the favicon's bars have round caps
  const bar = ({ row, length }: (typeof MARK.bars)[number]) => box({
    position: 'absolute', left: (MARK.start - cap) * unit, top: (row - cap) * unit, width: (length + MARK.thickness) * unit, height: MARK.thickness * unit,
    borderRadius: cap * unit, backgroundColor: INK.accentText,
  });
  return box({ position: 'absolute', left: MARGIN, top: MARGIN, height: BRAND, alignItems: 'center' }, [
    box({ position: 'relative', width: BRAND, height: BRAND, borderRadius: MARK.radius * unit, backgroundColor: INK.accent }, MARK.bars.map(bar)),
    box({ marginLeft: 20, fontSize: 36, fontWeight: 700, color: INK.text }, site),
  ]);
}

/** Three lanes with fewer, quieter seats from now to later: the shape of every result. */
function lanes(names: readonly string[]): Box {
  const looks = [
    { seats: 3, fill: INK.accent, edge: INK.accent, ink: INK.accentText },
    { seats: 2, fill: INK.accentSoft, edge: INK.accent, ink: INK.accent },
    { seats: 1, fill: INK.bg, edge: INK.border, ink: INK.border },
  ];
  const gap = 14;
  const column = (LANES.width - 2 * 24 - 2 * gap) / 3;
  const seat = (look: (typeof looks)[number], index: number) => box({
    boxSizing: 'border-box', flexShrink: 0, width: column, height: 50, marginTop: index === 0 ? 0 : 12, paddingLeft: 10, alignItems: 'center',
    border: `2px solid ${look.edge}`, borderRadius: 10, backgroundColor: look.fill,
  }, [
    box({ width: 20, height: 20, borderRadius: 10, backgroundColor: look.ink }),
    box({ width: column - 54 - index * 10, height: 8, marginLeft: 8, borderRadius: 4, backgroundColor: look.ink }),
  ]);
  return box({
    boxSizing: 'border-box', flexShrink: 0, width: LANES.width, height: LANES.height, marginLeft: LANES.gap, padding: 22,
    border: `2px solid ${INK.border}`, borderRadius: 20, backgroundColor: INK.surface,
  }, looks.map((look, lane) => box({ flexDirection: 'column', width: column, marginLeft: lane === 0 ? 0 : gap }, [
    box({ fontSize: 24, lineHeight: '28px', fontWeight: 700, color: INK.text, marginBottom: 16, whiteSpace: 'nowrap' }, names[lane] ?? ''),
    ...Array.from({ length: look.seats }, (_, index) => seat(look, index)),
  ])));
}

/** A card's tree: the brand, the kicker, the headline and its line, the lanes if asked, the accent bar. */
function cardTree(card: PreviewCard, site: string, text: CardText): Box {
  // A block longer than its most lines is cut there with an ellipsis (unbalanced: satori balances a
  // clamped block into its narrowest width). The real words always fit, so they are never cut.
  const block = (name: Block) => box({
    ...textStyle(name, text[name].size),
    width: '100%', marginBottom: BLOCKS[name].after,
    ...(text[name].lines > BLOCKS[name].maxLines ? { lineClamp: BLOCKS[name].maxLines, textWrap: 'wrap', overflow: 'hidden' } : {}),
  }, card[name]);
  return box({ position: 'relative', width: CARD_SIZE.width, height: CARD_SIZE.height, backgroundColor: INK.bg, fontFamily: CARD_FAMILY }, [
    brand(site),
    box({ position: 'absolute', left: MARGIN, right: MARGIN, top: TEXT_AREA.top, bottom: CARD_SIZE.height - TEXT_AREA.bottom, alignItems: 'center' }, [
      box({ flexDirection: 'column', width: columnWidth(card), maxHeight: TEXT_AREA.bottom - TEXT_AREA.top, overflow: 'hidden' },
        [block('kicker'), block('headline'), block('line')]),
      ...(card.lanes ? [lanes(card.lanes)] : []),
    ]),
    box({ position: 'absolute', left: 0, bottom: 0, width: CARD_SIZE.width, height: BAR, backgroundColor: INK.accent }),
  ]);
}

/** The card as SVG (text drawn as paths, in Inter). */
export async function cardSvg(card: PreviewCard, site: string): Promise<string> {
  return toSvg(cardTree(card, site, await setCardText(card)), CARD_SIZE);
}

/** The card drawn: `.asPng()` for the file, `.pixels` (RGBA) to look at. */
export async function drawCard(card: PreviewCard, site: string): Promise<RenderedImage> {
  return new Resvg(await cardSvg(card, site), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
}
