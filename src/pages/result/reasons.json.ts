/**
 * /result/reasons.json: every reason's sentence. The result page's head asks for it as the page
 * opens, beside the island's code, instead of carrying it in the island's props: the page's HTML
 * is then half as large, and paints sooner on a slow network. The service worker keeps it offline.
 */
import type { APIRoute } from 'astro';
import { loadResultLabels } from '../../content/labels.ts';

export const GET: APIRoute = async () => {
  const { reasons } = await loadResultLabels();
  return new Response(JSON.stringify(reasons), { headers: { 'content-type': 'application/json' } });
};
