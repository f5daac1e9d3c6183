/**
 * The words of the link builder (content/share.json, checked by its schema at build time).
 * Values are plain text: the builder puts them in text nodes and text fields only.
 */
import wording from '../../content/share.json' with { type: 'json' };

export type ShareWording = typeof wording;
export const SHARE_WORDING: ShareWording = wording;
