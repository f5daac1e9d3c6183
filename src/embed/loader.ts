/**
 * The host loader, served minified at /embed.js (src/pages/embed.js.ts). On a host page it
 * gives each `<div data-hire-order data-answers=… data-theme=… data-accent=… data-bg=… data-embed-id=…>`
 * a frame, placed at once but loaded only near the viewport, and takes over each iframe of
 * ours already on the page (`…/embed/…`, e.g. from oEmbed on Ghost). Each frame follows its
 * content's height, is scrolled into view when a step starts off-screen, and re-dispatches
 * the embed's `ready`, `step` and `result` messages as `hire-order:<type>` events (bubbling,
 * the message in `detail`). Only messages from a frame's own window count; host CSS cannot
 * resize or restyle the frames (their box is set inline, important). Budget: 1 KB gzip.
 */
import { INITIAL_HEIGHT, clampHeight, frameSrc, readEmbedMessage } from './loader-messages.ts';

/** Every frame's title: the embed's heading, which src/embed/bundle.ts writes in when it builds this script. */
declare const FRAME_TITLE: string;

declare global {
  interface Window {
    /** Set by the first copy of this script; later copies (one per oEmbed on a page) only rescan. */
    hireOrderScan?: () => void;
  }
}

/** The frame's box, inline and important, so stylesheets aimed at all iframes change nothing. */
const FRAME_STYLE = 'display:block!important;width:100%!important;max-width:none!important;min-width:0!important;' +
  'min-height:0!important;max-height:none!important;margin:0!important;padding:0!important;border:0!important;';

function start(script: HTMLScriptElement): () => void {
  const embedUrl = new URL('embed/', script.src).href;
  /** The host divs and frames taken over so far (a div's missing contentWindow never matches). */
  const known: (HTMLElement & { contentWindow?: Window | null })[] = [];

  // The whole box each time: the CSSOM (not a style attribute) keeps a strict CSP happy.
  const setHeight = (frame: HTMLElement, height: number) => (frame.style.cssText = `${FRAME_STYLE}height:${clampHeight(height)}px!important`);

  function adopt(frame: HTMLIFrameElement): void {
    known.push(frame);
    setHeight(frame, Number(frame.height) || INITIAL_HEIGHT);
    // A frame that loaded before this script ran has already said its height: ask again.
    frame.contentWindow?.postMessage({ source: 'hire-order', type: 'measure' }, '*');
  }

  /** A div's frame is placed (and sized) at once, but loads only within a screen's height of the viewport. */
  const near = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const frame = entry.target as HTMLIFrameElement;
      near.unobserve(frame);
      frame.src = frame.dataset.src!;
    }
  }, { rootMargin: '100% 0px' });

  function scan(): void {
    for (const host of document.querySelectorAll<HTMLElement>('div[data-hire-order]')) {
      if (known.includes(host)) continue;
      known.push(host);
      const frame = host.appendChild(document.createElement('iframe'));
      frame.title = FRAME_TITLE;
      frame.dataset.src = frameSrc(embedUrl, host.dataset, host.dataset.embedId || `hire-order-${known.length}`);
      adopt(frame);
      near.observe(frame);
    }
    for (const frame of document.querySelectorAll('iframe')) {
      if (!known.includes(frame) && frame.src.startsWith(embedUrl)) adopt(frame);
    }
  }

  addEventListener('message', (event) => {
    const frame = known.find((candidate) => candidate.contentWindow === event.source);
    const message = readEmbedMessage(event.data);
    // Its own window is the test: only the host could point a frame of ours at another page.
    if (!frame || !message) return;
    if (message.type === 'resize') return setHeight(frame, message.height);
    if (message.type === 'bring-into-view') return frame.scrollIntoView(); // top first, as the host's scroll-behavior says
    frame.dispatchEvent(new CustomEvent(`hire-order:${message.type}`, { bubbles: true, detail: message }));
  });

  addEventListener('DOMContentLoaded', scan); // when this script runs in the head
  return scan;
}

window.hireOrderScan ??= start(document.currentScript as HTMLScriptElement);
window.hireOrderScan();
