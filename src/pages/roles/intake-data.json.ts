/**
 * /roles/intake-data.json: what a seat's intake pack is drawn with (the result's labels and
 * reasons, every role's text, the starters' wording and the result's words, which the browser's
 * result-wording.ts is filled with, as on /result/), one file for every role page. A role
 * page fetches it only when its link carries answers, so a plain role page loads none of it.
 */
import type { APIRoute } from 'astro';
import { loadResultLabels } from '../../content/labels.ts';
import { loadJobDescriptions } from '../../content/job-description-wording.ts';
import { WORDING } from '../../content/result-wording.ts';

export const GET: APIRoute = async () => {
  const [labels, jobDescriptions] = await Promise.all([loadResultLabels(), loadJobDescriptions()]);
  return new Response(JSON.stringify({ labels, jobDescriptions, wording: WORDING }), { headers: { 'content-type': 'application/json' } });
};
