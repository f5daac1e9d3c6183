/**
 * The words of the link builder (content/share.json, checked by its schema at build time), with
 * the model's counts filled in. The page passes them to the builder's island as a prop, so they
 * travel in its HTML; the island's modules import only the type. Values are plain text: the
 * builder puts them in text nodes and text fields only.
 */
import wording from '../../content/share.json' with { type: 'json' };
import { withModelCounts } from '../content/counted.ts';

export type ShareWording = typeof wording;
export const SHARE_WORDING: ShareWording = withModelCounts(wording);
