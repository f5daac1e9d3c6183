import { ROLE_IDS, type RoleId } from '../engine/ids.ts';
import { QUIZ_CARD_ID, roleCardId } from '../content/card-ids.ts';

/** How a page appears in a link preview. */
export interface SocialPage {
  /** The id of its preview card (`/og/<card>.png`). */
  card: string;
  /**
   * Whether the page's address alone is the page. Pages that read answers from the query
   * (`/`, `/result/`, `/embed/`) and the 404 page are not: a canonical `og:url` there would
   * send a preview's click to the bare page and drop the answers of the link that was shared.
   */
  canonical: boolean;
}

const PAGES: Readonly<Record<string, SocialPage>> = {
  '': { card: QUIZ_CARD_ID, canonical: false },
  'embed/': { card: QUIZ_CARD_ID, canonical: false },
  'result/': { card: 'result', canonical: false },
  'how-it-works/': { card: 'how-it-works', canonical: true },
  'roles/': { card: 'roles', canonical: true },
};

/** The route of a page: its path under the base, e.g. `roles/ai-engineer/` ('' for the home page). */
export function routeOf(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  return path === '' || path.endsWith('/') || path.includes('.') ? path : `${path}/`;
}

/** The preview of the page at `route`; a page without a card of its own shows the quiz's. */
export function socialPageOf(route: string): SocialPage {
  const page = PAGES[route];
  if (page) return page;
  const role = /^roles\/([a-z-]+)\/$/.exec(route)?.[1];
  if (role && (ROLE_IDS as readonly string[]).includes(role)) return { card: roleCardId(role as RoleId), canonical: true };
  return { card: QUIZ_CARD_ID, canonical: false };
}
