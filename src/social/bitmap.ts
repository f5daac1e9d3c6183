/** An opaque RGB image in memory: three bytes per pixel, rows top to bottom. */
export interface Bitmap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A colour as red, green and blue bytes. */
export type Colour = readonly [number, number, number];

/** Reads `#rrggbb` (the form of the tokens in global.css). */
export function colourOf(hex: string): Colour {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** A bitmap filled with one colour. */
export function createBitmap(width: number, height: number, background: Colour): Bitmap {
  const pixels = new Uint8Array(width * height * 3);
  pixels.set(background);
  // Doubling copies: about twenty calls instead of one per pixel.
  for (let filled = 3; filled < pixels.length; filled *= 2) pixels.copyWithin(filled, 0, Math.min(filled, pixels.length - filled));
  return { width, height, pixels };
}

/**
 * Paints `colour` over the pixel at (x, y) with the given coverage (0 to 1): the
 * anti-aliased edge of a shape is a partial coverage.
 */
export function blendPixel(bitmap: Bitmap, x: number, y: number, colour: Colour, coverage: number): void {
  const at = (y * bitmap.width + x) * 3;
  const { pixels } = bitmap;
  if (coverage >= 1) {
    pixels[at] = colour[0];
    pixels[at + 1] = colour[1];
    pixels[at + 2] = colour[2];
    return;
  }
  for (let channel = 0; channel < 3; channel++) {
    const under = pixels[at + channel]!;
    pixels[at + channel] = Math.round(under + (colour[channel]! - under) * coverage);
  }
}

/** The pixel at (x, y), for tests and checks. */
export function pixelAt(bitmap: Bitmap, x: number, y: number): Colour {
  const at = (y * bitmap.width + x) * 3;
  return [bitmap.pixels[at]!, bitmap.pixels[at + 1]!, bitmap.pixels[at + 2]!];
}
