/**
 * /result/words.json: what a result is written with: the labels (questions, roles, sources,
 * rules, the link notice's words), every reason's sentence and the result's own words
 * (content/result.json). The result page's head asks for it as the page opens, beside the
 * island's code, instead of carrying it in the island's props: the page's HTML then fits the
 * first round trip of a slow network (decision 16). The service worker keeps it offline.
 */
import type { APIRoute } from 'astro';
import { loadResultLabels } from '../../content/labels.ts';
import { WORDING } from '../../content/result-wording.ts';
import type { ResultWords } from '../../content/result-words.ts';

export const GET: APIRoute = async () => {
  const words: ResultWords = { labels: await loadResultLabels(), wording: WORDING };
  return new Response(JSON.stringify(words), { headers: { 'content-type': 'application/json' } });
};
