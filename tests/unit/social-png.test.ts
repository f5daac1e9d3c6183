/** The PNG encoder of the preview cards, checked by an independent reader (tests/helpers/png.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBitmap, type Bitmap } from '../../src/social/bitmap.ts';
import { crc32, encodePng } from '../../src/social/png.ts';
import { decodePng, pngSize } from '../helpers/png.ts';

/** A bitmap of pseudo-random pixels, so nothing about it compresses away by luck. */
function noise(width: number, height: number): Bitmap {
  const bitmap = createBitmap(width, height, [0, 0, 0]);
  let seed = 7;
  for (let i = 0; i < bitmap.pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bitmap.pixels[i] = seed >>> 24;
  }
  return bitmap;
}

describe('PNG encoder', () => {
  it('computes the CRC-32 of the spec (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it.each([[1, 1], [3, 2], [37, 19], [1200, 630]])('round-trips a %ix%i image pixel for pixel', (width, height) => {
    const bitmap = noise(width, height);
    const decoded = decodePng(encodePng(bitmap));
    expect({ width: decoded.width, height: decoded.height, channels: decoded.channels }).toEqual({ width, height, channels: 3 });
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(bitmap.pixels))).toBe(true);
  });

  it('keeps a flat card small, every pixel its colour', () => {
    const png = encodePng(createBitmap(1200, 630, [31, 95, 191]));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(5_000);
    const { pixels } = decodePng(png);
    const wrong = [...Array(pixels.length / 3).keys()].filter((i) => pixels[i * 3] !== 31 || pixels[i * 3 + 1] !== 95 || pixels[i * 3 + 2] !== 191);
    expect(wrong).toEqual([]);
  });
});

describe('the test PNG reader', () => {
  it('reads a PNG another encoder wrote (Chromium, with row filters), checking every CRC', () => {
    const file = new Uint8Array(readFileSync('docs/screenshot-step.png'));
    const decoded = decodePng(file);
    expect([decoded.width, decoded.height]).toEqual([390, 860]);
    file[40] = file[40]! ^ 0xff;
    expect(() => decodePng(file)).toThrow(/CRC|image data|filter|incorrect/);
  });
});
