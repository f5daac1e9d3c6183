/**
 * Messages an embedded quiz posts to its host page (contract.md "Embed events"):
 * `{ source: 'hire-order', type, embedId, ... }` with type ready, resize, step, result, or
 * bring-into-view (a step began while the frame's top was off-screen: a loader scrolls to it).
 * Nothing in them is secret (the visitor's own answers), so any host origin may read them.
 * The one message heard back, `{ source: 'hire-order', type: 'measure' }`, repeats the height.
 * Under WordPress the height also goes out in its own protocol (wordpress-embed.ts).
 */
import { EMBED_OPTION_LENGTH } from '../../engine/limits.ts';
import { connectWordPress, type WordPressEmbed } from './wordpress-embed.ts';
import { routeLinks } from './wordpress-links.ts';

export type EmbedEvent =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'step'; question: string }
  | { type: 'result'; roles: string[]; url: string }
  | { type: 'bring-into-view' };

/** What an embedded page does for its host page; the embed's quiz host (src/session/embed-host.ts) calls it. */
export interface EmbedFrame {
  /** Says `ready` and starts reporting the height: before the first step. Later calls do nothing. */
  announce(): void;
  /** Tells the host about a question or the result on screen, its height, and to bring it into view. */
  shown(event: Extract<EmbedEvent, { type: 'step' | 'result' }>): void;
}

/** What the frame uses of its window: the browser's, or a unit test's fake. */
export type FrameWindow = Pick<Window & typeof globalThis, 'parent' | 'location' | 'document' | 'scrollY' | 'addEventListener' | 'setTimeout' | 'ResizeObserver' | 'IntersectionObserver'>;

/**
 * The frame's side of the embed: silent unless the page is framed. Posts `ready`, then the
 * content's height on every change; speaks WordPress's protocol when its secret is in the
 * fragment; watches whether the frame's top is on screen (an observer inside a frame sees the
 * top-level viewport).
 */
export function embedFrame(win: FrameWindow): EmbedFrame {
  const framed = win.parent !== (win as unknown);
  /** The host's `embed_id`, echoed so a page with several embeds can tell them apart. */
  const embedId = () => new URLSearchParams(win.location.search).get('embed_id')?.slice(0, EMBED_OPTION_LENGTH);
  const post = (event: EmbedEvent) => win.parent.postMessage({ source: 'hire-order', ...event, embedId: embedId() }, '*');
  /** What the frame knows once announced: WordPress's side, the content, whether its top shows. */
  let frame: { wordpress: WordPressEmbed; content: HTMLElement; topVisible: boolean; steps: number } | undefined;

  /**
   * The content's height: the bottom of `<main>`, which holds all the embed shows (a flow root,
   * so its children's margins too). Not the document's scrollHeight: that never drops below the
   * frame's own height, so a frame could grow but never shrink.
   */
  function reportHeight(): void {
    if (!frame) return;
    const height = Math.ceil(frame.content.getBoundingClientRect().bottom + win.scrollY);
    post({ type: 'resize', height });
    frame.wordpress.postHeight(height);
  }

  return {
    announce() {
      if (!framed || frame) return;
      const content = win.document.querySelector('main') ?? win.document.body;
      frame = { wordpress: connectWordPress(win, reportHeight), content, topVisible: true, steps: 0 };
      routeLinks(win.document, frame.wordpress);
      post({ type: 'ready' });
      new win.ResizeObserver(reportHeight).observe(content);
      // A loader that arrived after the first height asks for it again; nothing else is heard.
      win.addEventListener('message', (event) => {
        const data = event.data as { source?: unknown; type?: unknown } | null;
        if (event.source === win.parent && data?.source === 'hire-order' && data.type === 'measure') reportHeight();
      });
      const top = content.firstElementChild ?? content;
      new win.IntersectionObserver(([entry]) => {
        if (frame && entry) frame.topVisible = entry.intersectionRatio >= 0.99;
      }, { threshold: [0, 1] }).observe(top);
    },
    shown(event) {
      if (!framed) return;
      post(event);
      if (!frame) return;
      // The first step is the page arriving: only later ones may move the host's scroll.
      if (frame.steps++ > 0 && !frame.topVisible) post({ type: 'bring-into-view' });
      win.setTimeout(reportHeight); // after the new step has rendered
    },
  };
}
