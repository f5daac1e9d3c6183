/** Which `{slots}` a wording template has (the schemas check them; a message line without its value is left out). */
import { SLOT } from './fill.ts';

/** The names of the slots in `template`, in order. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1]!);
}
