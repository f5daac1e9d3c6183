import wording from '../../content/social.json' with { type: 'json' };
import resultWording from '../../content/result.json' with { type: 'json' };
import { fill } from '../content/fill.ts';
import { withModelCounts } from '../content/counted.ts';
import { SITE_NAME } from '../content/site-wording.ts';
import { GROUPS, ROLE_IDS, type RoleId } from '../engine/ids.ts';
import type { PreviewCard } from './card.ts';
import { PAGE_CARD_IDS, QUIZ_CARD_ID, roleCardId, type PageCardId } from '../content/card-ids.ts';

// The words are content/social.json's (the build checks it against its schema, src/content.config.ts).

/** A role's short name and its one-line summary (content/roles/<id>.yaml). */
export type RoleLines = Readonly<Record<RoleId, { name: string; summary: string }>>;

/** The lanes' short names as a result shows them ("Now", "Next", "Later"). */
const LANES = GROUPS.map((group) => resultWording.groups[group].lane);

/** The cards that draw the lanes beside their text. */
const WITH_LANES: readonly PageCardId[] = ['quiz', 'result'];

function pageCard(id: PageCardId): PreviewCard {
  const { kicker, headline, line } = withModelCounts(wording.cards[id]);
  return { id, kicker, headline, line, lanes: WITH_LANES.includes(id) ? LANES : null };
}

/** The questionnaire's card, also every page's card that has none of its own. */
export const QUIZ_CARD: PreviewCard = pageCard(QUIZ_CARD_ID);

/** Every preview card the build draws: one per page type and one per role. */
export function previewCards(roles: RoleLines): PreviewCard[] {
  return [
    ...PAGE_CARD_IDS.map(pageCard),
    ...ROLE_IDS.map((role) => ({ id: roleCardId(role), kicker: withModelCounts(wording.roleKicker), headline: roles[role].name, line: roles[role].summary, lanes: null })),
  ];
}

/** What an image's alt text says: the words on it, and the sketch if it has one. */
export function altTextOf(card: PreviewCard): string {
  const headline = /[.?!]$/.test(card.headline) ? card.headline : `${card.headline}.`;
  const text = fill(wording.alt, { site: SITE_NAME, kicker: card.kicker, headline, line: card.line });
  return card.lanes ? `${text} ${wording.altLanes}` : text;
}
