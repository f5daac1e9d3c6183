/**
 * /embed.js: the host loader (src/embed/loader.ts), bundled and minified by esbuild when the
 * site is built, so the source stays readable TypeScript and the file stays under 1 KB gzip.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

// Astro builds from the project root; the pages' own location is not kept in the build.
const ENTRY = resolve('src/embed/loader.ts');

export const GET: APIRoute = async () => {
  const { outputFiles } = await build({
    entryPoints: [ENTRY], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, legalComments: 'none',
    tsconfigRaw: '{}', // the strict tsconfig would add "use strict", bytes the 1 KB budget cannot spare
  });
  return new Response(outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
