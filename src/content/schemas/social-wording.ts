import { z } from 'astro/zod';
import { plainText, slotsAmong } from './plain-text.ts';
import { COUNT_SLOTS } from '../../engine/model-counts.ts';
import { PAGE_CARD_IDS } from '../card-ids.ts';

/** Plain text on a card or in its alt text; its `{slots}` only from `allowed`. */
const words = (allowed: readonly string[]) => slotsAmong(plainText(200), allowed);

/** What a card says; counts of the model are slots (`{rules}`), never typed as digits. */
const cardText = words(COUNT_SLOTS).refine((text) => !/\d/.test(text), 'no digits: write a count of the model as its slot, e.g. {rules}');

/** The slots of the alt text, each filled by the card (`{site}` with content/site.json's name). */
const ALT_SLOTS = ['site', 'kicker', 'headline', 'line'] as const;

/** content/social.json: the words of the link-preview cards (/og/<card>.png) and their alt text. */
export const socialWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('social'),
  /** Each page type's card: a short label above the headline, the headline and one sentence under it. */
  cards: z.strictObject(Object.fromEntries(PAGE_CARD_IDS.map((id) => [id, z.strictObject({ kicker: cardText, headline: cardText, line: cardText })])) as
    Record<(typeof PAGE_CARD_IDS)[number], z.ZodObject<{ kicker: typeof cardText; headline: typeof cardText; line: typeof cardText }>>),
  /** The label above a role's name on its card (the role's summary is the line). */
  roleKicker: cardText,
  /** An image's alt text: every word on it. */
  alt: words(ALT_SLOTS).refine((text) => ALT_SLOTS.every((slot) => text.includes(`{${slot}}`)), 'needs every one of {site}, {kicker}, {headline}, {line}'),
  /** Added to the alt text of a card that shows the lanes sketch. */
  altLanes: words([]),
});

export type SocialWordingEntry = z.output<typeof socialWordingSchema>;
