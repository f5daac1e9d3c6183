/** Which `{slots}` a wording template has (the schemas check them; a message line without its value is left out). */
import { SLOT } from './fill.ts';

/** The names of the slots in `template`, in order. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1]!);
}

/** A template cut at its slots: its text, and in between the slot names (in `{}` in the template). */
export type TemplatePart = string | { slot: string };

/** `template` as its text and its slots in order, for a renderer that fills slots with markup (a link, emphasis). */
export function templateParts(template: string): TemplatePart[] {
  return template.split(new RegExp(SLOT.source)).map((part, index) => (index % 2 === 0 ? part : { slot: part })).filter((part) => part !== '');
}
