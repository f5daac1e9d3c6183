/** /embed/quiz.js: the embed frame's questionnaire as a classic script (src/islands/embed-frame/classic.ts). */
import type { APIRoute } from 'astro';
import { embedFrameScripts } from '../../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await embedFrameScripts()).quiz.code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
