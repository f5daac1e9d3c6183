/**
 * Fills the `{name}` slots of a wording template (content/*.json, *.yaml). A module of its own,
 * so pages without a result (the link builder) need not ship its words; slots.ts says which
 * slots a template has.
 */

/** One slot: `{` a name of letters `}`. */
export const SLOT = /\{([a-zA-Z]+)\}/g;

/**
 * `template` with each `{name}` replaced by `values[name]`; an unknown slot is left as written,
 * and filled-in text is never read for slots. With `escape` (e.g. for Markdown), the template's
 * own text and each value are escaped; it must leave slots as they are.
 */
export function fill(template: string, values: Record<string, string | number>, escape = (text: string) => text): string {
  return escape(template).replace(SLOT, (slot, name: string) => (name in values ? escape(String(values[name])) : slot));
}
