/**
 * Fills the `{name}` slots of a wording template (content/*.json); the values are plain text.
 * A module of its own, so pages without a result (the link builder) need not ship its words.
 */

/** `template` with each `{name}` replaced by `values[name]`; an unknown slot is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
