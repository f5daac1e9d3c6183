/** The text fields every wording schema is made of: plain text, and templates with `{slots}`. */
import { z } from 'astro/zod';
import { slotsOf } from '../slots.ts';

/** A count of the model typed out ("ten questions", "17 rules"), where copy writes its slot ({maxQuestions}, {rules}). */
const TYPED_COUNT = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:(?:quick|published|conditional)\s+)?(?:questions|rules|roles|articles|sources)\b/i;

/** Text that types no count of the model (engine/model-counts.ts fills its slots): the model changes, the copy follows. */
export const noTypedCounts = (text: z.ZodString) => text.refine((value) => !TYPED_COUNT.test(value), 'a count of the model is a slot (e.g. {rules}), never typed');

/** Plain text shown to people, trimmed, 1 to `max` characters: never markup, and no count of the model typed out. */
export const plainText = (max: number) => noTypedCounts(z.string().trim().min(1).max(max).refine((text) => !/[<>]/.test(text), 'plain text only: no "<" or ">"'));

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
