/**
 * Our TypeScript as one small classic script, for what cannot be an Astro-bundled module: the
 * host loader (/embed.js) and the embed's inline theme script, which must run before first
 * paint. Runs at build time only (esbuild is a dev dependency).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { EMBED_TITLE } from '../content/page-wording.ts';

/** The two scripts, as paths from the project root (Astro builds from there). */
export const SCRIPT_ENTRIES = { loader: 'src/embed/loader.ts', embedTheme: 'src/embed/apply-theme.ts' } as const;

/** `entry` (a path from the project root: Astro builds from there) bundled, minified, as an IIFE. */
export async function bundleScript(entry: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [resolve(entry)], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, legalComments: 'none',
    // The loader's frames are titled as the embed's heading (content/pages.json): put in as a literal.
    define: { FRAME_TITLE: JSON.stringify(EMBED_TITLE) },
    tsconfigRaw: '{}', // the strict tsconfig would add "use strict", bytes the loader's 1 KB budget cannot spare
  });
  return outputFiles[0]!.text;
}
