/** The scanline rasteriser: coverage, winding, anti-aliased edges, clipping. */
import { describe, expect, it } from 'vitest';
import { createBitmap, pixelAt, type Bitmap } from '../../src/social/bitmap.ts';
import { Path, fillPath, roundedRect } from '../../src/social/raster.ts';

const WHITE = [255, 255, 255] as const;
const BLACK = [0, 0, 0] as const;

/** How much ink a pixel got, 0 (white) to 1 (black). */
const inkAt = (bitmap: Bitmap, x: number, y: number) => 1 - pixelAt(bitmap, x, y)[0] / 255;
const totalInk = (bitmap: Bitmap) => {
  let sum = 0;
  for (let y = 0; y < bitmap.height; y++) for (let x = 0; x < bitmap.width; x++) sum += inkAt(bitmap, x, y);
  return sum;
};
const square = (path: Path, x: number, y: number, size: number, clockwise = true) =>
  clockwise
    ? path.moveTo(x, y).lineTo(x + size, y).lineTo(x + size, y + size).lineTo(x, y + size).close()
    : path.moveTo(x, y).lineTo(x, y + size).lineTo(x + size, y + size).lineTo(x + size, y).close();

describe('filling a path', () => {
  it('covers whole pixels inside a pixel-aligned square and nothing outside', () => {
    const bitmap = createBitmap(10, 10, WHITE);
    fillPath(bitmap, square(new Path(), 2, 3, 4), BLACK);
    for (let y = 0; y < 10; y++) {
      for (let x = 0; x < 10; x++) expect(inkAt(bitmap, x, y), `${x},${y}`).toBe(x >= 2 && x < 6 && y >= 3 && y < 7 ? 1 : 0);
    }
  });

  it('gives an edge through the middle of a pixel half its coverage', () => {
    const bitmap = createBitmap(4, 4, WHITE);
    fillPath(bitmap, square(new Path(), 0.5, 0, 2), BLACK);
    expect(inkAt(bitmap, 0, 1)).toBeCloseTo(0.5, 2);
    expect(inkAt(bitmap, 1, 1)).toBe(1);
    expect(inkAt(bitmap, 2, 1)).toBeCloseTo(0.5, 2);
  });

  it('shares a shallow edge out over the pixels it crosses by their exact areas', () => {
    // Inside is x < 4y in the first row: pixel k holds 7/8, 5/8, 3/8 and 1/8 of it.
    const bitmap = createBitmap(6, 2, WHITE);
    fillPath(bitmap, new Path().moveTo(0, 0).lineTo(4, 1).lineTo(0, 1).close(), BLACK);
    [7 / 8, 5 / 8, 3 / 8, 1 / 8, 0].forEach((share, x) => expect(inkAt(bitmap, x, 0), `pixel ${x}`).toBeCloseTo(share, 2));
  });

  it('inks exactly the area of a slanted triangle, spread over its edge pixels', () => {
    const bitmap = createBitmap(40, 40, WHITE);
    fillPath(bitmap, new Path().moveTo(3.3, 2.1).lineTo(37.8, 11.6).lineTo(12.2, 35.4).close(), BLACK);
    const area = Math.abs((37.8 - 3.3) * (35.4 - 2.1) - (12.2 - 3.3) * (11.6 - 2.1)) / 2;
    expect(totalInk(bitmap)).toBeCloseTo(area, 0);
    const partial = [...Array(1600).keys()].filter((i) => inkAt(bitmap, i % 40, Math.floor(i / 40)) % 1 > 0.02);
    expect(partial.length).toBeGreaterThan(50);
  });

  it('leaves a hole where an inner outline runs the other way (non-zero winding)', () => {
    const bitmap = createBitmap(12, 12, WHITE);
    const path = square(new Path(), 1, 1, 10);
    fillPath(bitmap, square(path, 4, 4, 4, false), BLACK);
    expect(inkAt(bitmap, 2, 2)).toBe(1);
    expect(inkAt(bitmap, 5, 5)).toBe(0);
  });

  it('fills overlapping outlines that run the same way once, not twice', () => {
    const bitmap = createBitmap(12, 12, WHITE);
    const path = square(new Path(), 1, 1, 6);
    fillPath(bitmap, square(path, 4, 4, 6), BLACK);
    expect(inkAt(bitmap, 5, 5)).toBe(1);
    expect(totalInk(bitmap)).toBeCloseTo(36 + 36 - 9, 3);
  });

  it('clips shapes that reach past the bitmap', () => {
    const bitmap = createBitmap(8, 8, WHITE);
    fillPath(bitmap, square(new Path(), -5, -5, 9), BLACK);
    expect(inkAt(bitmap, 0, 0)).toBe(1);
    expect(inkAt(bitmap, 3, 3)).toBe(1);
    expect(inkAt(bitmap, 4, 4)).toBe(0);
    expect(() => fillPath(bitmap, square(new Path(), 20, 20, 5), BLACK)).not.toThrow();
  });

  it('flattens curves closely: a quadratic arch inks the area under it, to a tenth of a pixel', () => {
    const bitmap = createBitmap(60, 40, WHITE);
    // The region between y = 35 and the parabola from (5, 35) to (55, 35) peaking at y = 10,
    // whose arc is about 80 px long: chords within 0.1 px of it lose less than 8 px².
    fillPath(bitmap, new Path().moveTo(5, 35).quadTo(30, -15, 55, 35).close(), BLACK);
    const area = (2 / 3) * 50 * 25;
    expect(totalInk(bitmap)).toBeLessThanOrEqual(area);
    expect(totalInk(bitmap)).toBeGreaterThan(area - 8);
  });

  it('rounds the corners of a rectangle', () => {
    const bitmap = createBitmap(40, 40, WHITE);
    fillPath(bitmap, roundedRect(0, 0, 40, 40, 10), BLACK);
    expect(inkAt(bitmap, 0, 0)).toBe(0);
    expect(inkAt(bitmap, 20, 0)).toBe(1);
    expect(totalInk(bitmap)).toBeCloseTo(1600 - (4 - Math.PI) * 100, -1);
  });
});
