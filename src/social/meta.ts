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
  /** The deployed origin (Astro's `site`, from SITE_URL); unknown in a build without it. */
  site: URL | undefined;
  page: SocialPage;
  card: PreviewCard;
}

/**
 * The Open Graph and Twitter card tags of a page. URLs are absolute when the site is known.
 * Without it (docs/decisions/0007-link-previews-and-site-url.md) there is no `og:url` and the image is
 * a path under the base, which some consumers resolve against the page they fetched.
 */
export function socialMetaOf(input: SocialMetaInput): MetaTag[] {
  const { site, base, card } = input;
  const imagePath = `${base}og/${card.id}.png`;
  const image = site ? new URL(imagePath, site).href : imagePath;
  const { title } = input;
  const alt = altTextOf(card);
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  return [
    og('type', 'website'),
    og('site_name', SITE_NAME),
    og('title', title),
    og('description', input.description),
    ...(site && input.page.canonical ? [og('url', new URL(`${base}${input.route}`, site).href)] : []),
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
}

let warned = false;

/** Says once per build that link previews want SITE_URL. */
export function warnWithoutSite(): void {
  if (warned) return;
  warned = true;
  console.warn('[social] SITE_URL is not set: og:image is a relative path and og:url is left out. Build with SITE_URL=https://your.host for full link previews.');
}
