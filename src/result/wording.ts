/**
 * The words of a result (content/result.json, checked by its schema at build time) and the
 * one helper that fills their `{name}` slots. Values are plain text: every renderer puts
 * them in text nodes or escapes them for Markdown, never into HTML.
 */
import wording from '../../content/result.json' with { type: 'json' };

export type ResultWording = typeof wording;
export const WORDING: ResultWording = wording;

/** `template` with each `{name}` replaced by `values[name]`; an unknown slot is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
