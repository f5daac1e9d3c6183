/** Reading Inter (WOFF, TrueType outlines, GPOS kerning) and setting text with it. */
import { describe, expect, it } from 'vitest';
import { createBitmap, pixelAt } from '../../src/social/bitmap.ts';
import type { Font } from '../../src/social/font.ts';
import { cardFonts } from '../../src/social/fonts.ts';
import { drawText, fitText, measureText, wrapText } from '../../src/social/text.ts';

const { regular, bold } = cardFonts();
const glyph = (font: Font, character: string) => font.glyphOf(character.codePointAt(0)!);

/** The extent of a glyph's outline points, in font units. */
function extentOf(font: Font, character: string) {
  const points = font.contoursOf(glyph(font, character)).flat();
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) };
}

describe('reading the font', () => {
  it('finds the metrics of Inter Bold', () => {
    expect({ unitsPerEm: bold.unitsPerEm, capHeight: bold.capHeight }).toEqual({ unitsPerEm: 2048, capHeight: 1490 });
  });

  it("reads a simple glyph: Bold 'H' spans the bounding box its 'glyf' header states", () => {
    expect(extentOf(bold, 'H')).toEqual({ xMin: 135, yMin: 0, xMax: 1395, yMax: 1490 });
    expect(bold.advanceOf(glyph(bold, 'H'))).toBe(1530);
  });

  it("places the parts of a composite glyph: 'é' is the 'e' with an accent above it", () => {
    const e = bold.contoursOf(glyph(bold, 'e'));
    const eAcute = bold.contoursOf(glyph(bold, 'é'));
    expect(eAcute.length).toBeGreaterThan(e.length);
    expect(eAcute).toEqual(expect.arrayContaining(e));
    expect(extentOf(bold, 'é')).toEqual({ xMin: 81, yMin: -22, xMax: 1143, yMax: 1571 });
    // The acute (x 169..586 in its own glyph) is placed 335 units right, over the middle of the 'e'.
    const accent = eAcute.slice(e.length).flat();
    expect([Math.min(...accent.map((p) => p.x)), Math.max(...accent.map((p) => p.x))]).toEqual([504, 921]);
  });

  it('maps a missing character to glyph 0 and a space to a blank glyph', () => {
    expect(bold.glyphOf(0x4e00)).toBe(0);
    expect(bold.contoursOf(glyph(bold, ' '))).toEqual([]);
  });

  it('kerns pairs the font kerns, and only those', () => {
    expect(bold.kerningOf(glyph(bold, 'T'), glyph(bold, 'o'))).toBeLessThan(0);
    expect(regular.kerningOf(glyph(regular, 'A'), glyph(regular, 'V'))).toBeLessThan(0);
    expect(bold.kerningOf(glyph(bold, 'H'), glyph(bold, 'H'))).toBe(0);
    expect(measureText(bold, 'To', 100)).toBeLessThan(measureText(bold, 'T', 100) + measureText(bold, 'o', 100));
  });
});

describe('drawing text', () => {
  it("inks exactly the box of a known glyph: 'H' at a tenth of its em", () => {
    const bitmap = createBitmap(200, 240, [255, 255, 255]);
    drawText(bitmap, bold, 'H', 10, 200, 204.8, [0, 0, 0]);
    const inked: [number, number][] = [];
    for (let y = 0; y < 240; y++) for (let x = 0; x < 200; x++) if (pixelAt(bitmap, x, y)[0] < 255) inked.push([x, y]);
    // 135..1395 × 0..1490 font units, scaled by 0.1 from (10, 200): x 23.5..149.5, y 51..200.
    expect(Math.min(...inked.map(([x]) => x))).toBe(23);
    expect(Math.max(...inked.map(([x]) => x))).toBe(149);
    expect(Math.min(...inked.map(([, y]) => y))).toBe(51);
    expect(Math.max(...inked.map(([, y]) => y))).toBe(199);
    expect(pixelAt(bitmap, 30, 120)).toEqual([0, 0, 0]);
  });
});

describe('fitting text in a box', () => {
  const sentence = 'Builds product features on top of pre-trained foundation models and keeps them reliable, measurable and affordable once they are live.';
  const widthOf = (font: Font, size: number) => (line: string) => measureText(font, line, size);

  it('wraps at spaces into lines no wider than the box, losing no word', () => {
    const lines = wrapText(regular, sentence, 34, 600);
    expect(lines.length).toBeGreaterThan(2);
    expect(Math.max(...lines.map(widthOf(regular, 34)))).toBeLessThanOrEqual(600);
    expect(lines.join(' ')).toBe(sentence);
  });

  it('keeps the largest size that fits, and shrinks text that does not', () => {
    expect(fitText(bold, 'AI engineer', { width: 1056, maxLines: 3, largest: 76, smallest: 44 })).toEqual({ size: 76, lines: ['AI engineer'] });
    const fitted = fitText(bold, sentence, { width: 600, maxLines: 3, largest: 76, smallest: 30 });
    expect(fitted.size).toBeLessThan(76);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(Math.max(...fitted.lines.map(widthOf(bold, fitted.size)))).toBeLessThanOrEqual(600);
  });

  it('ends in an ellipsis when even the smallest size cannot hold it, never overflowing', () => {
    const text = `Pneumonoultramicroscopicsilicovolcanoconiosis ${sentence} ${sentence}`;
    const fitted = fitText(bold, text, { width: 400, maxLines: 2, largest: 60, smallest: 40 });
    expect(fitted.size).toBe(40);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines.every((line) => line.endsWith('…'))).toBe(true);
    expect(Math.max(...fitted.lines.map(widthOf(bold, 40)))).toBeLessThanOrEqual(400);
  });

  it('balances a headline so no word is left alone on its last line', () => {
    const box = { width: 600, maxLines: 3, largest: 76, smallest: 44 };
    expect(fitText(bold, 'Your AI hire order', box).lines).toEqual(['Your AI hire', 'order']);
    expect(fitText(bold, 'Your AI hire order', { ...box, balanced: true }).lines).toEqual(['Your AI', 'hire order']);
  });
});
