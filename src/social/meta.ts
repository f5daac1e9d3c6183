import { CARD_SIZE, type PreviewCard } from './card.ts';
import { SITE_NAME } from '../content/site-wording.ts';
import { altTextOf } from './cards.ts';
import type { SocialPage } from './pages.ts';

/** One `<meta>` tag: Open Graph names go in `property`, Twitter's in `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** What the tags are made from: the page's own title (no site name after it: a preview shows `og:site_name`) and description, and where it is. */
export interface SocialMetaInput {
  title: string;
  description: string;
  /** The page's path under the base, e.g. `roles/ai-engineer/`. */
  route: string;
  base: string;
  /** The deployed origin (Astro's `site`, from SITE_URL, which the build requires). */
  site: URL;
  page: SocialPage;
  card: PreviewCard;
}

/** A page's link-preview tags, and its canonical address when its address alone is the page. */
export interface SocialHead {
  /** For `<link rel="canonical">` and `og:url`; undefined on pages whose query is their content. */
  canonical: string | undefined;
  tags: MetaTag[];
}

/**
 * The Open Graph and Twitter card tags of a page, every URL absolute from the site's address
 * (docs/decisions/0007-the-site-address-is-required.md). `og:url` and the canonical link only
 * where the page's address alone is the page (src/social/pages.ts).
 */
export function socialMetaOf(input: SocialMetaInput): SocialHead {
  const { site, base, card } = input;
  const image = new URL(`${base}og/${card.id}.png`, site).href;
  const canonical = input.page.canonical ? new URL(`${base}${input.route}`, site).href : undefined;
  const { title } = input;
  const alt = altTextOf(card);
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const tags = [
    og('type', 'website'),
    og('site_name', SITE_NAME),
    og('title', title),
    og('description', input.description),
    ...(canonical ? [og('url', canonical)] : []),
    og('image', image),
    og('image:type', 'image/png'),
    og('image:width', String(CARD_SIZE.width)),
    og('image:height', String(CARD_SIZE.height)),
    og('image:alt', alt),
    twitter('card', 'summary_large_image'),
    twitter('title', title),
    twitter('description', input.description),
    twitter('image', image),
    twitter('image:alt', alt),
  ];
  return { canonical, tags };
}
