/**
 * /embed.js: the host loader (src/embed/loader.ts), bundled and minified by esbuild when the
 * site is built, so the source stays readable TypeScript and the file stays under 1 KB gzip
 * (tests/unit/loader-size.test.ts).
 */
import type { APIRoute } from 'astro';
import { SCRIPT_ENTRIES, bundleScript } from '../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleScript(SCRIPT_ENTRIES.loader), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
