/**
 * What the host loader (/embed.js, loader.ts) trusts and builds: the shape of an embed's
 * messages, the frame heights it accepts, and the frame's URL for a host element's options.
 * Pure, so the unit tests cover every shape; the loader adds the window checks.
 */
import type { EmbedEvent } from './frame/embed-events.ts';

/** A message the loader acts on, as the embed posts it. */
export type EmbedMessage = EmbedEvent & { source: 'hire-order'; embedId?: string };

/** Heights a frame may take: never collapsed, never absurd (a frame is ours but its page may not be). */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 10_000;
/** A new frame's height until its content says otherwise. */
export const INITIAL_HEIGHT = 640;

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * `data` when it is one of the embed's messages, else null. (Each message event carries its
 * own structured clone, so handing `data` on shares nothing with the sender.)
 */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  const { source, type, height, question, roles, url } = Object(data) as Record<string, unknown>;
  const valid = source === 'hire-order' && (
    type === 'resize' ? Number.isFinite(height)
    : type === 'step' ? isText(question)
    : type === 'result' ? Array.isArray(roles) && roles.every(isText) && isText(url)
    : type === 'ready' || type === 'bring-into-view');
  return valid ? (data as EmbedMessage) : null;
}

/** The options a host element gives in `data-*` attributes. */
export interface HostOptions {
  answers?: string;
  theme?: string;
  accent?: string;
  /** `transparent` leaves out the frame's background. */
  bg?: string;
}

/** The embed's URL: `embedUrl` with the host's answers, its theme, accent and background, and the embed id. */
export function frameSrc(embedUrl: string, options: HostOptions, embedId: string): string {
  const query = new URLSearchParams(options.answers);
  for (const name of ['theme', 'accent', 'bg'] as const) if (options[name]) query.set(name, options[name]);
  query.set('embed_id', embedId);
  return `${embedUrl}?${query}`;
}
