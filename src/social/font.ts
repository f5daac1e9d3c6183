import { readKerning } from './kerning.ts';
import type { FontTables } from './woff.ts';

/** A point of a TrueType outline, in font units (y grows upwards). */
export interface OutlinePoint {
  x: number;
  y: number;
  /** Off-curve points are the control points of quadratic curves. */
  onCurve: boolean;
}

/** What the text layout needs from a TrueType font. */
export interface Font {
  unitsPerEm: number;
  /** Height of capitals, in font units: what the card aligns headlines by. */
  capHeight: number;
  ascender: number;
  descender: number;
  glyphOf(codePoint: number): number;
  advanceOf(glyph: number): number;
  /** Extra advance (usually negative) between two glyphs, from the font's kerning. */
  kerningOf(left: number, right: number): number;
  /** The glyph's closed contours, components of composite glyphs already placed. */
  contoursOf(glyph: number): OutlinePoint[][];
}

function tableView(tables: FontTables, tag: string): DataView {
  const table = tables.get(tag);
  if (!table) throw new Error(`font has no '${tag}' table`);
  return new DataView(table.buffer, table.byteOffset, table.byteLength);
}

/** The format 4 (Unicode BMP) subtable of 'cmap' as a code point → glyph lookup. */
function readCharacterMap(cmap: DataView): (codePoint: number) => number {
  let table = -1;
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const offset = cmap.getUint32(4 + i * 8 + 4);
    if (cmap.getUint16(offset) === 4) table = offset;
  }
  if (table < 0) throw new Error('font has no format 4 cmap');
  const segments = cmap.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    for (let s = 0; s < segments; s++) {
      if (cmap.getUint16(ends + s * 2) < codePoint) continue;
      const start = cmap.getUint16(starts + s * 2);
      if (start > codePoint) return 0;
      const delta = cmap.getUint16(deltas + s * 2);
      const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads the points of a simple glyph (TrueType spec, 'glyf' table). */
function readSimpleGlyph(glyf: DataView, at: number, contourCount: number): OutlinePoint[][] {
  const ends: number[] = [];
  for (let c = 0; c < contourCount; c++) ends.push(glyf.getUint16(at + 10 + c * 2));
  const pointCount = (ends[contourCount - 1] ?? -1) + 1;
  let cursor = at + 10 + contourCount * 2;
  cursor += 2 + glyf.getUint16(cursor); // skip the hinting instructions
  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = glyf.getUint8(cursor++);
    flags.push(flag);
    if (flag & 8) for (let repeat = glyf.getUint8(cursor++); repeat > 0; repeat--) flags.push(flag);
  }
  // Coordinates are deltas; a short one is a byte whose sign is in the flags.
  const readAxis = (shortBit: number, sameBit: number): number[] => {
    const values: number[] = [];
    let value = 0;
    for (const flag of flags) {
      if (flag & shortBit) {
        const delta = glyf.getUint8(cursor++);
        value += flag & sameBit ? delta : -delta;
      } else if (!(flag & sameBit)) {
        value += glyf.getInt16(cursor);
        cursor += 2;
      }
      values.push(value);
    }
    return values;
  };
  const xs = readAxis(2, 16);
  const ys = readAxis(4, 32);
  const contours: OutlinePoint[][] = [];
  let first = 0;
  for (const end of ends) {
    const contour: OutlinePoint[] = [];
    for (let p = first; p <= end; p++) contour.push({ x: xs[p]!, y: ys[p]!, onCurve: (flags[p]! & 1) === 1 });
    contours.push(contour);
    first = end + 1;
  }
  return contours;
}

/** Reads a font's outlines, metrics, character map and kerning from its tables. */
export function readFont(tables: FontTables): Font {
  const head = tableView(tables, 'head');
  const hhea = tableView(tables, 'hhea');
  const os2 = tableView(tables, 'OS/2');
  const hmtx = tableView(tables, 'hmtx');
  const loca = tableView(tables, 'loca');
  const glyf = tableView(tables, 'glyf');
  const glyphCount = tableView(tables, 'maxp').getUint16(4);
  const longOffsets = head.getInt16(50) === 1;
  const metricCount = hhea.getUint16(34);
  const offsetOf = (glyph: number) => (longOffsets ? loca.getUint32(glyph * 4) : loca.getUint16(glyph * 2) * 2);
  const glyphOf = readCharacterMap(tableView(tables, 'cmap'));
  const kerningOf = tables.has('GPOS') ? readKerning(tableView(tables, 'GPOS')) : () => 0;

  const outlines = new Map<number, OutlinePoint[][]>();
  const contoursOf = (glyph: number): OutlinePoint[][] => {
    if (glyph < 0 || glyph >= glyphCount) return [];
    let contours = outlines.get(glyph);
    if (!contours) {
      const at = offsetOf(glyph);
      const contourCount = offsetOf(glyph + 1) === at ? 0 : glyf.getInt16(at); // the space has no outline
      contours = contourCount > 0 ? readSimpleGlyph(glyf, at, contourCount) : contourCount < 0 ? readComposite(at + 10) : [];
      outlines.set(glyph, contours);
    }
    return contours;
  };

  // A composite glyph places other glyphs (a letter and its accent) with a 2x2 transform.
  const readComposite = (at: number): OutlinePoint[][] => {
    const contours: OutlinePoint[][] = [];
    for (let more = true; more; ) {
      const flags = glyf.getUint16(at);
      const component = glyf.getUint16(at + 2);
      at += 4;
      const words = (flags & 0x1) !== 0;
      const xy = (flags & 0x2) !== 0; // otherwise the arguments match points: not used by our fonts
      const dx = xy ? (words ? glyf.getInt16(at) : glyf.getInt8(at)) : 0;
      const dy = xy ? (words ? glyf.getInt16(at + 2) : glyf.getInt8(at + 1)) : 0;
      at += words ? 4 : 2;
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (offset: number) => glyf.getInt16(at + offset) / 16384;
      if (flags & 0x8) [a, d, at] = [f2dot14(0), f2dot14(0), at + 2];
      else if (flags & 0x40) [a, d, at] = [f2dot14(0), f2dot14(2), at + 4];
      else if (flags & 0x80) [a, b, c, d, at] = [f2dot14(0), f2dot14(2), f2dot14(4), f2dot14(6), at + 8];
      for (const contour of contoursOf(component)) {
        contours.push(contour.map((p) => ({ x: a * p.x + c * p.y + dx, y: b * p.x + d * p.y + dy, onCurve: p.onCurve })));
      }
      more = (flags & 0x20) !== 0;
    }
    return contours;
  };

  return {
    unitsPerEm: head.getUint16(18),
    ascender: hhea.getInt16(4),
    descender: hhea.getInt16(6),
    capHeight: os2.getUint16(0) >= 2 ? os2.getInt16(88) : Math.round(hhea.getInt16(4) * 0.7),
    glyphOf,
    advanceOf: (glyph) => hmtx.getUint16(Math.min(glyph, metricCount - 1) * 4),
    kerningOf,
    contoursOf,
  };
}
