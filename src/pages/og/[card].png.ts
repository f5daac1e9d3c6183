import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLabels } from '../../content/labels.ts';
import { drawCard, type PreviewCard } from '../../social/card.ts';
import { previewCards } from '../../social/cards.ts';
import { SITE_NAME } from '../../content/site-wording.ts';

/** One preview image per card (`/og/quiz.png`, `/og/role-ai-engineer.png`, …), drawn at build time. */
export const getStaticPaths = (async () => {
  const { roles } = await loadLabels();
  return previewCards(roles).map((card) => ({ params: { card: card.id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array((await drawCard(props.card, SITE_NAME)).asPng()), { headers: { 'Content-Type': 'image/png' } });
