/**
 * Reads a PNG for tests: its size from the IHDR chunk, its pixels as resvg decodes an image
 * drawn 1:1 into an SVG of the same size (exact: no scaling, no colour management).
 */
import { Resvg } from '@resvg/resvg-js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, reading only the first 24 bytes. */
export function pngSize(file: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((byte, i) => file[i] === byte)) throw new Error('not a PNG file');
  if (String.fromCharCode(...file.subarray(12, 16)) !== 'IHDR') throw new Error('first chunk is not IHDR');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The image's pixels, RGBA, row by row. */
export function decodePng(file: Uint8Array): { width: number; height: number; channels: 4; pixels: Uint8Array } {
  const { width, height } = pngSize(file);
  const href = `data:image/png;base64,${Buffer.from(file).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="${href}"/></svg>`;
  return { width, height, channels: 4, pixels: new Uint8Array(new Resvg(svg).render().pixels) };
}
