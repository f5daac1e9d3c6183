/**
 * Pair kerning from an OpenType 'GPOS' table: the lookups of its 'kern' feature, pair
 * adjustment (type 2, also inside type 9 extensions), both formats. Only the first glyph's
 * x advance is read, which is all horizontal Latin text uses.
 */
export function readKerning(gpos: DataView): (left: number, right: number) => number {
  const u16 = (at: number) => gpos.getUint16(at);
  const pairTables: number[][] = [];
  const featureList = u16(6);
  const lookupList = u16(8);
  const lookups = new Set<number>();
  for (let f = 0; f < u16(featureList); f++) {
    const record = featureList + 2 + f * 6;
    if (String.fromCharCode(...[0, 1, 2, 3].map((i) => gpos.getUint8(record + i))) !== 'kern') continue;
    const feature = featureList + u16(record + 4);
    for (let l = 0; l < u16(feature + 2); l++) lookups.add(u16(feature + 4 + l * 2));
  }
  for (const index of [...lookups].sort((a, b) => a - b)) {
    const lookup = lookupList + u16(lookupList + 2 + index * 2);
    const type = u16(lookup);
    const subtables: number[] = [];
    for (let s = 0; s < u16(lookup + 4); s++) {
      const subtable = lookup + u16(lookup + 6 + s * 2);
      if (type === 2) subtables.push(subtable);
      else if (type === 9 && u16(subtable + 2) === 2) subtables.push(subtable + gpos.getUint32(subtable + 4));
    }
    if (subtables.length > 0) pairTables.push(subtables);
  }

  const coverageIndex = (coverage: number, glyph: number): number => {
    if (u16(coverage) === 1) {
      for (let i = 0; i < u16(coverage + 2); i++) if (u16(coverage + 4 + i * 2) === glyph) return i;
      return -1;
    }
    for (let r = 0; r < u16(coverage + 2); r++) {
      const range = coverage + 4 + r * 6;
      if (glyph >= u16(range) && glyph <= u16(range + 2)) return u16(range + 4) + glyph - u16(range);
    }
    return -1;
  };
  const classOf = (classDef: number, glyph: number): number => {
    if (u16(classDef) === 1) {
      const start = u16(classDef + 2);
      return glyph >= start && glyph < start + u16(classDef + 4) ? u16(classDef + 6 + (glyph - start) * 2) : 0;
    }
    for (let r = 0; r < u16(classDef + 2); r++) {
      const range = classDef + 4 + r * 6;
      if (glyph >= u16(range) && glyph <= u16(range + 2)) return u16(range + 4);
    }
    return 0;
  };
  const sizeOf = (valueFormat: number) => 2 * [...valueFormat.toString(2)].filter((bit) => bit === '1').length;
  // XAdvance comes after XPlacement and YPlacement when those are present.
  const xAdvance = (valueFormat: number, at: number) => (valueFormat & 4 ? gpos.getInt16(at + sizeOf(valueFormat & 3)) : 0);

  /** The adjustment of one subtable, or undefined when the pair is not in it. */
  const adjustmentIn = (subtable: number, left: number, right: number): number | undefined => {
    const covered = coverageIndex(subtable + u16(subtable + 2), left);
    if (covered < 0) return undefined;
    const format1 = u16(subtable + 4);
    const pairSize = sizeOf(format1) + sizeOf(u16(subtable + 6));
    if (u16(subtable) === 1) {
      const pairSet = subtable + u16(subtable + 10 + covered * 2);
      for (let p = 0; p < u16(pairSet); p++) {
        const pair = pairSet + 2 + p * (2 + pairSize);
        if (u16(pair) === right) return xAdvance(format1, pair + 2);
      }
      return undefined;
    }
    const class1 = classOf(subtable + u16(subtable + 8), left);
    const class2 = classOf(subtable + u16(subtable + 10), right);
    const record = subtable + 16 + (class1 * u16(subtable + 14) + class2) * pairSize;
    return xAdvance(format1, record);
  };

  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    let total = cache.get(key);
    if (total === undefined) {
      total = 0;
      // Within a lookup the first subtable that has the pair applies; lookups add up.
      for (const subtables of pairTables) {
        for (const subtable of subtables) {
          const adjustment = adjustmentIn(subtable, left, right);
          if (adjustment !== undefined) {
            total += adjustment;
            break;
          }
        }
      }
      cache.set(key, total);
    }
    return total;
  };
}
