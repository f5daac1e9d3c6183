/**
 * The words of the pages (content/pages.json) and of /how-it-works/ (content/how-it-works.json),
 * checked by their schemas at build time, with the site's name and the model's counts filled in.
 * Slots that name a link or a value of the page (`{link}`, `{role}`) are left for the page.
 */
import pages from '../../content/pages.json' with { type: 'json' };
import howItWorks from '../../content/how-it-works.json' with { type: 'json' };
import { withModelCounts } from './counted.ts';
import { fill } from './fill.ts';
import { SITE_NAME, headTitle } from './site-wording.ts';

export type PagesWording = typeof pages;
export type HowItWorksWording = typeof howItWorks;

export const PAGES: PagesWording = withModelCounts(pages);
export const HOW_IT_WORKS: HowItWorksWording = withModelCounts(howItWorks);

/** The embed's heading: also every embedded frame's title (the loader's, the embed builder's snippets', oEmbed's). */
export const EMBED_TITLE = PAGES.embed.heading;

/** What the oEmbed answer says (src/embed/oembed.ts): its title, the link's words, the frame's title and the provider. */
export const OEMBED_WORDS = {
  title: headTitle(EMBED_TITLE),
  link: fill(PAGES.embed.oembedLink, { heading: EMBED_TITLE }),
  frameTitle: fill(PAGES.embed.oembedFrameTitle, { heading: EMBED_TITLE, title: PAGES.embed.title }),
  provider: SITE_NAME,
};
