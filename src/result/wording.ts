/**
 * The words of a result (content/result.json, checked by its schema at build time) and the
 * one helper that fills their `{name}` slots. Values are plain text: every renderer puts
 * them in text nodes or escapes them for Markdown, never into HTML.
 */
import wording from '../../content/result.json' with { type: 'json' };

export type ResultWording = typeof wording;
export const WORDING: ResultWording = wording;

export { fill } from '../content/fill.ts';
