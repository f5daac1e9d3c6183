import { z } from 'astro/zod';
import { SOURCE_IDS } from '../../engine/ids.ts';

/**
 * One sentence a rule can give as its reason, of content/reasons.json. It names the article
 * that supports it, or, for a number no article gives, says it is this plan's threshold.
 */
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
  /** The article that supports it; absent only on a threshold. */
  source: z.enum(SOURCE_IDS).optional(),
  /** A number no article gives: shown as "this plan's threshold", never with a source. */
  threshold: z.literal(true).optional(),
  /** For sentences that place a seat: a few words shown beside it, always visible ("Connects the model to your systems"). */
  why: z.string().trim().min(1).max(60).optional(),
}).refine((entry) => (entry.source === undefined) === (entry.threshold === true), {
  message: 'a reason names its source, or is marked "threshold": true (this plan\'s own number), never both or neither',
});

/** Named apart from the engine's `Reason`, which holds only this entry's id, the rule and the triggering answers. */
export type ReasonSentence = z.output<typeof reasonSchema>;
