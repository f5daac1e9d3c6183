import { blendPixel, type Bitmap, type Colour } from './bitmap.ts';

/**
 * A shape as closed outlines of straight edges, in pixel coordinates (y grows downwards).
 * Curves are flattened as they are added, finely enough that no edge strays more than
 * `FLATNESS` of a pixel from the true curve.
 */
export class Path {
  /** Edges as x0, y0, x1, y1 quadruples. */
  readonly edges: number[] = [];
  private startX = 0;
  private startY = 0;
  private x = 0;
  private y = 0;

  moveTo(x: number, y: number): this {
    this.close();
    this.startX = this.x = x;
    this.startY = this.y = y;
    return this;
  }

  lineTo(x: number, y: number): this {
    if (x !== this.x || y !== this.y) this.edges.push(this.x, this.y, x, y);
    this.x = x;
    this.y = y;
    return this;
  }

  /** A quadratic Bézier curve (TrueType's only curve) through control point (cx, cy). */
  quadTo(cx: number, cy: number, x: number, y: number): this {
    const x0 = this.x;
    const y0 = this.y;
    // A quadratic's distance from its chords shrinks with the square of the number of pieces.
    const bend = Math.hypot(x0 - 2 * cx + x, y0 - 2 * cy + y);
    const pieces = Math.max(1, Math.ceil(Math.sqrt(bend / (8 * FLATNESS))));
    for (let i = 1; i <= pieces; i++) {
      const t = i / pieces;
      const u = 1 - t;
      this.lineTo(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
    }
    return this;
  }

  /** Closes the current outline back to its start. */
  close(): this {
    return this.lineTo(this.startX, this.startY);
  }
}

const FLATNESS = 0.1;

/**
 * The area (as a share of one row) right of an edge piece that runs straight from xl to xr
 * across the row, and left of the line x = v.
 */
function areaBefore(v: number, xl: number, xr: number): number {
  if (v <= xl) return 0;
  if (v >= xr) return v - (xl + xr) / 2;
  return ((v - xl) * (v - xl)) / (2 * (xr - xl));
}

/**
 * Adds one edge's signed area to the accumulation buffer: after a running sum along each
 * row, each cell holds how much of that pixel lies inside the shape (the method of font-rs
 * and stb_truetype: exact area coverage, so edges are anti-aliased without supersampling).
 */
function accumulateEdge(cells: Float32Array, stride: number, rows: number, x0: number, y0: number, x1: number, y1: number): void {
  if (y0 === y1) return;
  const direction = y1 > y0 ? 1 : -1;
  if (direction < 0) [x0, y0, x1, y1] = [x1, y1, x0, y0];
  const slope = (x1 - x0) / (y1 - y0);
  const limit = stride - 2;
  for (let row = Math.max(0, Math.floor(y0)); row < Math.min(rows, Math.ceil(y1)); row++) {
    const top = Math.max(y0, row);
    const bottom = Math.min(y1, row + 1);
    const height = (bottom - top) * direction;
    if (height === 0) continue;
    const xa = Math.min(limit, Math.max(0, x0 + (top - y0) * slope));
    const xb = Math.min(limit, Math.max(0, x0 + (bottom - y0) * slope));
    const xl = Math.min(xa, xb);
    const xr = Math.max(xa, xb);
    const line = row * stride;
    const first = Math.floor(xl);
    const last = Math.floor(xr);
    let before = 0;
    for (let cell = first; cell <= last; cell++) {
      const inside = xr - xl < 1e-9 ? Math.min(1, Math.max(0, cell + 1 - xl)) : areaBefore(cell + 1, xl, xr) - areaBefore(cell, xl, xr);
      cells[line + cell]! += height * (inside - before);
      before = inside;
    }
    cells[line + last + 1]! += height * (1 - before);
  }
}

/** Fills `path` with `colour` (non-zero winding, anti-aliased), clipped to the bitmap. */
export function fillPath(bitmap: Bitmap, path: Path, colour: Colour): void {
  path.close();
  const { edges } = path;
  if (edges.length === 0) return;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < edges.length; i += 2) {
    left = Math.min(left, edges[i]!);
    right = Math.max(right, edges[i]!);
    top = Math.min(top, edges[i + 1]!);
    bottom = Math.max(bottom, edges[i + 1]!);
  }
  const originX = Math.max(0, Math.floor(left));
  const originY = Math.max(0, Math.floor(top));
  const width = Math.min(bitmap.width, Math.ceil(right)) - originX;
  const height = Math.min(bitmap.height, Math.ceil(bottom)) - originY;
  if (width <= 0 || height <= 0) return;
  const stride = width + 2;
  const cells = new Float32Array(stride * height);
  for (let i = 0; i < edges.length; i += 4) {
    accumulateEdge(cells, stride, height, edges[i]! - originX, edges[i + 1]! - originY, edges[i + 2]! - originX, edges[i + 3]! - originY);
  }
  for (let row = 0; row < height; row++) {
    let winding = 0;
    for (let cell = 0; cell < width; cell++) {
      winding += cells[row * stride + cell]!;
      // |winding| > 1 where outlines overlap in the same direction: still fully inside.
      const coverage = Math.min(1, Math.abs(winding));
      if (coverage > 1 / 512) blendPixel(bitmap, originX + cell, originY + row, colour, coverage);
    }
  }
}

/** A rectangle with rounded corners of radius `r`, as a path to fill. */
export function roundedRect(x: number, y: number, width: number, height: number, r: number): Path {
  const path = new Path();
  const radius = Math.min(r, width / 2, height / 2);
  const corners: [number, number, number][] = [
    [x + width - radius, y + radius, -90],
    [x + width - radius, y + height - radius, 0],
    [x + radius, y + height - radius, 90],
    [x + radius, y + radius, 180],
  ];
  const steps = 12;
  for (const [cx, cy, from] of corners) {
    for (let i = 0; i <= steps; i++) {
      const angle = ((from + (90 * i) / steps) * Math.PI) / 180;
      const px = cx + radius * Math.cos(angle);
      const py = cy + radius * Math.sin(angle);
      if (path.edges.length === 0 && i === 0 && from === -90) path.moveTo(px, py);
      else path.lineTo(px, py);
    }
  }
  return path.close();
}
