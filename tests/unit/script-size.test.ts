/**
 * The two classic scripts we bundle ourselves (src/embed/bundle.ts), built as the site build
 * builds them: the host loader other sites include stays within 1 KB gzip (contract.md), and
 * the embed's inline theme script stays small, since every embed page carries it.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCRIPT_ENTRIES, bundleScript } from '../../src/embed/bundle.ts';

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

describe('our bundled scripts', () => {
  it('/embed.js is at most 1 KB gzip', async () => {
    const loader = await bundleScript(SCRIPT_ENTRIES.loader);
    console.log(`/embed.js: ${loader.length} bytes, ${gzipBytes(loader)} gzip -9`);
    expect(gzipBytes(loader)).toBeLessThanOrEqual(1024);
  });

  it("the embed's inline theme script is at most 1.25 KB gzip, wrapped in a function (it adds no globals)", async () => {
    const theme = await bundleScript(SCRIPT_ENTRIES.embedTheme);
    expect(gzipBytes(theme)).toBeLessThanOrEqual(1280);
    expect(theme.startsWith('(()=>{')).toBe(true);
  });
});
