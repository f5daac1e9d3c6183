/**
 * WordPress's embed protocol, as its wp-includes/js/wp-embed.js speaks it to a frame it made
 * from our oEmbed HTML: it appends `#?secret=<10 letters or digits>` to the frame's src, hides
 * the frame until a message comes, then accepts `{ message: 'height' | 'link', value, secret }`
 * from that frame's window only, and posts `{ message: 'ready', secret }` once it listens.
 * The frame is sandboxed with `allow-scripts` alone, so `link` is the only way out of it.
 */

/** What this module uses of a window; the unit tests pass a fake. */
export interface EmbedWindow {
  location: { hash: string };
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: { source: unknown; data: unknown }) => void): void;
  addEventListener(type: 'hashchange', listener: () => void): void;
}

/** WordPress's secret is 10 letters or digits after `secret=` (its own embed template reads it so). */
const SECRET = /(?:^|[#?&])secret=([A-Za-z0-9]{10})(?![A-Za-z0-9])/;

/** The secret WordPress put in a fragment such as `#?secret=a1B2c3D4e5`, if any. */
export function wordpressSecret(hash: string): string | undefined {
  return SECRET.exec(hash)?.[1];
}

/**
 * `href` with the secret added to its fragment, so a page reached inside the frame (a Change
 * link, Start again) still speaks to WordPress: `#q=stage` becomes `#q=stage&secret=…`.
 */
export function withSecret(href: string, secret: string): string {
  const url = new URL(href);
  if (wordpressSecret(url.hash) === undefined) url.hash = url.hash.length > 1 ? `${url.hash.slice(1)}&secret=${secret}` : `?secret=${secret}`;
  return url.href;
}

export interface WordPressEmbed {
  /** The secret, while WordPress embeds this page; undefined elsewhere. */
  secret(): string | undefined;
  /** Tells WordPress the content's height (it clamps it to 200-1000 px itself). */
  postHeight(height: number): void;
  /** Asks WordPress to open `href` in the top window; false when WordPress is not the host. */
  openLink(href: string): boolean;
}

/**
 * Speaks WordPress's protocol from `win` when its fragment carries a secret (read on every
 * call: wp-embed.js may add it after load). `onReady` runs when WordPress says it listens,
 * or when a secret arrives, so the caller can post the height again.
 */
export function connectWordPress(win: EmbedWindow, onReady: () => void): WordPressEmbed {
  const secret = () => wordpressSecret(win.location.hash);
  const post = (message: 'height' | 'link', value: number | string) => {
    const current = secret();
    if (current === undefined) return false;
    win.parent.postMessage({ message, value, secret: current }, '*');
    return true;
  };
  win.addEventListener('message', (event) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (event.source !== win.parent || typeof data !== 'object' || data === null) return;
    if (data.message === 'ready' && data.secret !== undefined && data.secret === secret()) onReady();
  });
  win.addEventListener('hashchange', () => { if (secret() !== undefined) onReady(); });
  return {
    secret,
    postHeight: (height) => void post('height', height),
    openLink: (href) => post('link', href),
  };
}
