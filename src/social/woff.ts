import { inflateSync } from 'node:zlib';

/** The tables of a font by tag ('glyf', 'cmap', …), each as its own bytes. */
export type FontTables = ReadonlyMap<string, Uint8Array>;

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/**
 * Unpacks a WOFF 1.0 file (what font packages ship for the web): an sfnt font whose tables
 * are each zlib-compressed, so `node:zlib` is all it takes to read one.
 */
export function readWoff(file: Uint8Array): FontTables {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const tableCount = view.getUint16(12);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < tableCount; i++) {
    const entry = 44 + i * 20;
    const tag = String.fromCharCode(...file.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const storedLength = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const stored = file.subarray(offset, offset + storedLength);
    // A table that would not shrink is stored as it is.
    const table = storedLength < length ? new Uint8Array(inflateSync(stored)) : stored;
    if (table.length !== length) throw new Error(`WOFF table ${tag}: ${table.length} bytes, expected ${length}`);
    tables.set(tag, table);
  }
  return tables;
}
