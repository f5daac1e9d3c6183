import { z } from 'astro/zod';
import { SOURCE_IDS } from '../../engine/ids.ts';

/** One sentence a rule can give as its reason, of content/reasons.json. */
export const reasonSchema = z.strictObject({
  /** The reason id the engine uses: kebab-case, with `_` allowed inside question ids. */
  id: z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'reason ids are kebab-case (lowercase words joined by "-")'),
  /** The sentence shown to the founder: plain text, at most 240 characters. */
  sentence: z
    .string()
    .trim()
    .min(1)
    .max(240)
    .refine((text) => !/[<>]/.test(text), 'sentences are plain text: no "<" or ">"'),
  /** The article that supports it. */
  source: z.enum(SOURCE_IDS),
  /** For sentences that place a seat: a few words shown beside it, always visible ("Connects the pilot to your systems"). */
  why: z.string().trim().min(1).max(60).optional(),
});

/** Named apart from the engine's `Reason`, which holds only this entry's id, the rule and the triggering answers. */
export type ReasonSentence = z.output<typeof reasonSchema>;
