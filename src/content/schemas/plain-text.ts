/** The text fields every wording schema is made of: plain text, and templates with `{slots}`. */
import { z } from 'astro/zod';
import { slotsOf } from '../slots.ts';

/** Plain text shown to people, trimmed, 1 to `max` characters: never markup. */
export const plainText = (max: number) => z.string().trim().min(1).max(max).refine((text) => !/[<>]/.test(text), 'plain text only: no "<" or ">"');

/** `text` whose `{slots}` are exactly `slots`: a missing one would drop a fact, a typo would show as written. */
export const withSlots = (text: z.ZodString, ...slots: string[]) => text.refine(
  (value) => slotsOf(value).sort().join() === [...slots].sort().join(),
  `needs exactly the slots ${slots.map((slot) => `{${slot}}`).join(', ') || '(none)'}`,
);

/** `text` whose `{slots}` are all among `allowed` (none at all is fine). */
export const slotsAmong = (text: z.ZodString, allowed: readonly string[]) => text.refine(
  (value) => slotsOf(value).every((slot) => allowed.includes(slot)),
  `slots are ${allowed.map((slot) => `{${slot}}`).join(', ') || '(none)'} only`,
);
