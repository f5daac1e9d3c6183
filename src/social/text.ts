import type { Bitmap, Colour } from './bitmap.ts';
import type { Font, OutlinePoint } from './font.ts';
import { Path, fillPath } from './raster.ts';

/** A glyph placed on a line, its x in font units from the line's start. */
interface PlacedGlyph {
  glyph: number;
  x: number;
}

/** Glyphs of `text` with their positions, kerned (font units). */
function layOut(font: Font, text: string): { glyphs: PlacedGlyph[]; advance: number } {
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let previous = -1;
  for (const character of text) {
    const glyph = font.glyphOf(character.codePointAt(0)!);
    if (previous >= 0) x += font.kerningOf(previous, glyph);
    glyphs.push({ glyph, x });
    x += font.advanceOf(glyph);
    previous = glyph;
  }
  return { glyphs, advance: x };
}

/** Width of `text` set at `size` pixels per em. */
export function measureText(font: Font, text: string, size: number): number {
  return (layOut(font, text).advance * size) / font.unitsPerEm;
}

/** Adds a contour to a path, with TrueType's implied on-curve points between two controls. */
function traceContour(path: Path, contour: readonly OutlinePoint[], place: (p: OutlinePoint) => [number, number]): void {
  const count = contour.length;
  if (count === 0) return;
  const startIndex = contour.findIndex((p) => p.onCurve);
  const midpoint = (a: OutlinePoint, b: OutlinePoint): OutlinePoint => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, onCurve: true });
  const start = startIndex >= 0 ? contour[startIndex]! : midpoint(contour[0]!, contour[1 % count]!);
  const first = startIndex >= 0 ? startIndex + 1 : 1;
  path.moveTo(...place(start));
  let control: OutlinePoint | undefined;
  for (let i = 0; i < count; i++) {
    const point = contour[(first + i) % count]!;
    if (point.onCurve) {
      if (control) path.quadTo(...place(control), ...place(point));
      else path.lineTo(...place(point));
      control = undefined;
    } else {
      if (control) {
        const between = midpoint(control, point);
        path.quadTo(...place(control), ...place(between));
      }
      control = point;
    }
  }
  if (control) path.quadTo(...place(control), ...place(start));
  path.close();
}

/** Paints one line of text with its baseline's start at (x, baseline). */
export function drawText(bitmap: Bitmap, font: Font, text: string, x: number, baseline: number, size: number, colour: Colour): void {
  const scale = size / font.unitsPerEm;
  const path = new Path();
  for (const { glyph, x: offset } of layOut(font, text).glyphs) {
    const place = (p: OutlinePoint): [number, number] => [x + (offset + p.x) * scale, baseline - p.y * scale];
    for (const contour of font.contoursOf(glyph)) traceContour(path, contour, place);
  }
  fillPath(bitmap, path, colour);
}

/** Breaks `text` into lines no wider than `width` at spaces (a longer word stays whole). */
export function wrapText(font: Font, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(font, candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of text set to fit a box: its size and its lines, each no wider than the box. */
export interface FittedText {
  size: number;
  lines: string[];
}

/** The same number of lines, as even as they go: the narrowest width that needs no more lines. */
function balance(font: Font, text: string, size: number, width: number, lineCount: number): string[] {
  let narrow = width / 2;
  let wide = width;
  for (let step = 0; step < 12; step++) {
    const middle = (narrow + wide) / 2;
    if (wrapText(font, text, size, middle).length <= lineCount) wide = middle;
    else narrow = middle;
  }
  return wrapText(font, text, size, wide);
}

/** The box a block of text must fit in. */
export interface TextBox {
  width: number;
  maxLines: number;
  largest: number;
  smallest: number;
  /** Evens out the lines' lengths (as CSS `text-wrap: balance`), so no word is left alone. */
  balanced?: boolean;
}

/**
 * Sets `text` as large as it fits in `maxLines` lines of `width` pixels, from `largest`
 * down to `smallest`; at the smallest size, the last line that fits ends in an ellipsis.
 * So text is never clipped by the image's edge.
 */
export function fitText(font: Font, text: string, box: TextBox): FittedText {
  const { width, maxLines, largest, smallest } = box;
  const fits = (lines: string[], size: number) => lines.length <= maxLines && lines.every((line) => measureText(font, line, size) <= width);
  const sizes: number[] = [];
  for (let size = largest; size > smallest; size -= 2) sizes.push(size);
  for (const size of [...sizes, smallest]) {
    const lines = wrapText(font, text, size, width);
    if (fits(lines, size)) return { size, lines: box.balanced && lines.length > 1 ? balance(font, text, size, width, lines.length) : lines };
  }
  const lines = wrapText(font, text, smallest, width);
  const ellipsize = (line: string) => {
    while (line && measureText(font, `${line}…`, smallest) > width) line = line.slice(0, -1).trimEnd();
    return `${line}…`;
  };
  const kept = lines.slice(0, maxLines);
  const cut = lines.length > maxLines;
  return {
    size: smallest,
    lines: kept.map((line, i) => ((cut && i === kept.length - 1) || measureText(font, line, smallest) > width ? ellipsize(line) : line)),
  };
}
