import { ROLE_IDS, type RoleId } from '../engine/ids.ts';
import type { PreviewCard } from './card.ts';

/** A role's short name and its one-line summary (content/roles/<id>.yaml). */
export type RoleLines = Readonly<Record<RoleId, { name: string; summary: string }>>;

/** The card of the questionnaire, also every page's card that has none of its own. */
export const QUIZ_CARD: PreviewCard = {
  id: 'quiz',
  kicker: 'Ten quick questions',
  headline: 'Who should you hire first for AI?',
  line: 'A hire order for your AI team: who now, who next, who at scale, and the reason and source for every seat.',
  lanes: true,
};

const PAGE_CARDS: readonly PreviewCard[] = [
  QUIZ_CARD,
  {
    id: 'result',
    kicker: 'A shared result',
    headline: 'Your AI hire order',
    line: 'Who to hire now, next and later, how many, and whether to build, hire or augment each seat, with the rule and source behind it.',
    lanes: true,
  },
  {
    id: 'how-it-works',
    kicker: 'The decision model',
    headline: 'How it works',
    line: 'Ten questions, fourteen rules in plain words, the seats each phase needs, and the five articles it all comes from.',
    lanes: false,
  },
  {
    id: 'roles',
    kicker: 'Role guide',
    headline: 'The twelve roles',
    line: 'Every seat a hire order can contain: what it owns, when it earns a seat, what to screen for and what to ask.',
    lanes: false,
  },
];

/** The id of a role page's card. */
export const roleCardId = (role: RoleId) => `role-${role}`;

/** Every preview card the build draws: one per page type and one per role. */
export function previewCards(roles: RoleLines): PreviewCard[] {
  return [
    ...PAGE_CARDS,
    ...ROLE_IDS.map((role) => ({
      id: roleCardId(role),
      kicker: 'When to hire one',
      headline: roles[role].name,
      line: roles[role].summary,
      lanes: false,
    })),
  ];
}

/** What an image's alt text says: the words on it, and the sketch if it has one. */
export function altTextOf(card: PreviewCard): string {
  const sketch = card.lanes ? ' Beside it, a sketch of the now, next and later lanes of a hire order.' : '';
  const headline = /[.?!]$/.test(card.headline) ? card.headline : `${card.headline}.`;
  return `Hire Order. ${card.kicker}: ${headline} ${card.line}${sketch}`;
}
