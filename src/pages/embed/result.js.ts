/** /embed/result.js: the embed frame's result as a classic script, loaded at the end of the quiz (src/islands/embed-frame/classic.ts). */
import type { APIRoute } from 'astro';
import { embedFrameScripts } from '../../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await embedFrameScripts()).result.code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
