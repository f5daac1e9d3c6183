/**
 * The two classic scripts we bundle ourselves (src/embed/bundle.ts), built as the site build
 * builds them: the host loader other sites include stays within 1 KB gzip (contract.md), and
 * the embed's inline theme script stays small, since every embed page carries it.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCRIPT_ENTRIES, bundleScript, embedFrameScripts } from '../../src/embed/bundle.ts';

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

  // A sandboxed frame (no allow-same-origin) fetches module scripts with CORS; a host without
  // headers refuses them. Classic scripts, and no import() that would fetch a module later.
  it("the embed frame's quiz and result are classic scripts that load no module", async () => {
    const { quiz, result } = await embedFrameScripts();
    for (const [name, { code }] of [['quiz', quiz], ['result', result]] as const) {
      expect(code.startsWith('(()=>{'), name).toBe(true);
      expect(code, name).not.toMatch(/\bimport\s*\(|\bimport\.meta\b|^\s*(import|export)\s/m);
    }
    console.log(`/embed/quiz.js: ${gzipBytes(quiz.code)} B gzip -9; /embed/result.js: ${gzipBytes(result.code)} B`);
  });

  it("the embed's result uses the quiz's Preact rather than a second copy", async () => {
    const { quiz, result } = await embedFrameScripts();
    expect(quiz.code).toContain('__hireOrderShared');
    expect(result.code).toContain('__hireOrderShared');
    // Preact's renderer names the SVG namespace; a second copy of it would too.
    expect(quiz.code).toContain('http://www.w3.org/2000/svg');
    expect(result.code).not.toContain('http://www.w3.org/2000/svg');
    expect(gzipBytes(result.code)).toBeLessThan(gzipBytes(quiz.code));
  });
});
