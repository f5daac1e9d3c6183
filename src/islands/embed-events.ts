/**
 * Messages an embedded quiz posts to its host page (contract.md "Embed events"):
 * `{ source: 'hire-order', type, ... }` with type ready, resize, step or result.
 * Nothing in them is secret (the visitor's own answers), so any host origin may read them.
 */
export type EmbedEvent =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'step'; question: string }
  | { type: 'result'; roles: string[]; url: string };

/** The host's `embed_id`, echoed so a page with several embeds can tell them apart. */
function embedId(): string | undefined {
  const id = new URLSearchParams(location.search).get('embed_id');
  return id === null ? undefined : id.slice(0, 100);
}

export function postToHost(event: EmbedEvent): void {
  if (typeof window === 'undefined' || window.parent === window) return;
  window.parent.postMessage({ source: 'hire-order', ...event, embedId: embedId() }, '*');
}

let announced = false;

/** Posts `ready` once and `resize` whenever the document's height changes; later calls do nothing. */
export function announceToHost(): void {
  if (typeof window === 'undefined' || window.parent === window || announced) return;
  announced = true;
  postToHost({ type: 'ready' });
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) postToHost({ type: 'resize', height: (last = height) });
  }).observe(document.body);
}
