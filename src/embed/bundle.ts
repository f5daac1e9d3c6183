/**
 * Our TypeScript as one small classic script, for what cannot be an Astro-bundled module: the
 * host loader (/embed.js) and the embed's inline theme script, which must run before first
 * paint. Runs at build time only (esbuild is a dev dependency).
 */
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { EMBED_TITLE } from '../content/page-wording.ts';
import { SHARED_GLOBAL, SHARED_SPECIFIERS } from './frame/classic-globals.ts';

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

/**
 * The embed frame's two classic scripts (src/islands/embed-frame/classic.ts): the quiz, which
 * hydrates the page, and the result, loaded at the end. Served as /embed/quiz.js and
 * /embed/result.js (src/pages/embed/), named with `?v=<hash>` so a new build is fetched anew.
 */
export const FRAME_ENTRIES = { quiz: 'src/islands/embed-frame/quiz-entry.tsx', result: 'src/islands/embed-frame/result-entry.ts' } as const;

export interface ClassicScript {
  code: string;
  /** The first 12 hex digits of its SHA-256: the `?v=` of its address. */
  hash: string;
}

/** The result's bundle reads Preact from the quiz's (one Preact: hooks and options are module state). */
const sharedPreact: Plugin = {
  name: 'shared-preact',
  setup(build) {
    const specifiers = new Set<string>(SHARED_SPECIFIERS);
    build.onResolve({ filter: /^preact(\/hooks|\/jsx-runtime)?$/ }, (args) => (specifiers.has(args.path) ? { path: args.path, namespace: 'shared-preact' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'shared-preact' }, (args) => ({
      contents: `module.exports = window[${JSON.stringify(SHARED_GLOBAL)}][${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

async function classicBundle(entry: string, plugins: Plugin[]): Promise<ClassicScript> {
  const { outputFiles } = await build({
    entryPoints: [resolve(entry)], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, legalComments: 'none',
    platform: 'browser', plugins, define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic', jsxImportSource: 'preact',
    tsconfigRaw: '{}',
  });
  const code = outputFiles[0]!.text;
  return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 12) };
}

let frameScripts: Promise<{ quiz: ClassicScript; result: ClassicScript }> | undefined;

/** Both scripts, bundled once per build (the page and the two routes ask for them). */
export function embedFrameScripts(): Promise<{ quiz: ClassicScript; result: ClassicScript }> {
  frameScripts ??= Promise.all([classicBundle(FRAME_ENTRIES.quiz, []), classicBundle(FRAME_ENTRIES.result, [sharedPreact])])
    .then(([quiz, result]) => ({ quiz, result }));
  return frameScripts;
}
