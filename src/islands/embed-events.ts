/**
 * Messages an embedded quiz posts to its host page (contract.md "Embed events"):
 * `{ source: 'hire-order', type, embedId, ... }` with type ready, resize, step, result, or
 * bring-into-view (a step began while the frame's top was off-screen: a loader scrolls to it).
 * Nothing in them is secret (the visitor's own answers), so any host origin may read them.
 * The one message heard back, `{ source: 'hire-order', type: 'measure' }`, repeats the height.
 * Under WordPress the height also goes out in its own protocol (wordpress-embed.ts).
 */
import { connectWordPress, type WordPressEmbed } from './wordpress-embed.ts';
import { routeLinks } from './embed-links.ts';
import { embedAnswersQuery } from './embed-link.ts';
import type { EmbedHost } from './quiz-page.ts';

export type EmbedEvent =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'step'; question: string }
  | { type: 'result'; roles: string[]; url: string }
  | { type: 'bring-into-view' };

/** The host's `embed_id`, echoed so a page with several embeds can tell them apart. */
function embedId(): string | undefined {
  const id = new URLSearchParams(location.search).get('embed_id');
  return id === null ? undefined : id.slice(0, 100);
}

const framed = () => typeof window !== 'undefined' && window.parent !== window;

function post(event: EmbedEvent): void {
  window.parent.postMessage({ source: 'hire-order', ...event, embedId: embedId() }, '*');
}

/** What the frame knows once announced: WordPress's side, the content, whether its top shows. */
let frame: { wordpress: WordPressEmbed; content: HTMLElement; topVisible: boolean; steps: number } | undefined;

/**
 * The content's height: the bottom of `<main>`, which holds all the embed shows (a flow root,
 * so its children's margins too). Not the document's scrollHeight: that never drops below the
 * frame's own height, so a frame could grow but never shrink.
 */
function reportHeight(): void {
  if (!frame) return;
  const height = Math.ceil(frame.content.getBoundingClientRect().bottom + window.scrollY);
  post({ type: 'resize', height });
  frame.wordpress.postHeight(height);
}

/**
 * Posts `ready`, then the content's height on every change; speaks WordPress's protocol when
 * its secret is in the fragment; watches whether the frame's top is on screen (an observer
 * inside a frame sees the top-level viewport). Later calls do nothing.
 */
export function announceToHost(): void {
  if (!framed() || frame) return;
  const content = document.querySelector('main') ?? document.body;
  frame = { wordpress: connectWordPress(window, reportHeight), content, topVisible: true, steps: 0 };
  routeLinks(document, frame.wordpress);
  post({ type: 'ready' });
  new ResizeObserver(reportHeight).observe(content);
  // A loader that arrived after the first height asks for it again; nothing else is heard.
  window.addEventListener('message', (event) => {
    const data = event.data as { source?: unknown; type?: unknown } | null;
    if (event.source === window.parent && data?.source === 'hire-order' && data.type === 'measure') reportHeight();
  });
  const top = content.firstElementChild ?? content;
  new IntersectionObserver(([entry]) => {
    if (frame && entry) frame.topVisible = entry.intersectionRatio >= 0.99;
  }, { threshold: [0, 1] }).observe(top);
}

/** Tells the host about a question or the result on screen, its height, and to bring it into view. */
export function postToHost(event: Extract<EmbedEvent, { type: 'step' | 'result' }>): void {
  if (!framed()) return;
  post(event);
  if (!frame) return;
  // The first step is the page arriving: only later ones may move the host's scroll.
  if (frame.steps++ > 0 && !frame.topVisible) post({ type: 'bring-into-view' });
  setTimeout(reportHeight); // after the new step has rendered
}

/** The embed's side of the quiz page (quiz-page.ts), passed in by EmbedQuiz. */
export const embedHost: EmbedHost = { announce: announceToHost, post: postToHost, answersQuery: embedAnswersQuery };
