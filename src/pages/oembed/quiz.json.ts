/** /oembed/quiz.json: the questionnaire's oEmbed answer (src/embed/oembed.ts), built once. */
import type { APIRoute } from 'astro';
import { quizOEmbed } from '../../embed/oembed.ts';
import { LOCAL_ORIGIN, siteRoot } from '../../embed/site-root.ts';
import { OEMBED_WORDS } from '../../content/page-wording.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) console.warn(`[oembed] SITE_URL is not set: the oEmbed answer points at ${LOCAL_ORIGIN}. Set SITE_URL=https://your.host when building for a deploy.`);
  const body = JSON.stringify(quizOEmbed(siteRoot(site, import.meta.env.BASE_URL), OEMBED_WORDS));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
