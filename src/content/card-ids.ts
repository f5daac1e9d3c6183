import type { RoleId } from '../engine/ids.ts';

/** The cards of the page types, by file name under /og/ (content/social.json words each). */
export const PAGE_CARD_IDS = ['quiz', 'result', 'how-it-works', 'roles'] as const;
export type PageCardId = (typeof PAGE_CARD_IDS)[number];

/** The questionnaire's card, also every page's card that has none of its own. */
export const QUIZ_CARD_ID = 'quiz' satisfies PageCardId;

/** The id of a role page's card. */
export const roleCardId = (role: RoleId) => `role-${role}`;
