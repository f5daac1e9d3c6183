import { z } from 'astro/zod';
import { plainText, withSlots } from './plain-text.ts';

/** Plain text whose `{slots}` are exactly `slots`. */
const words = (...slots: string[]) => withSlots(plainText(200), ...slots);

/** content/site.json: the site's name and what every page around its content says (BaseLayout.astro). */
export const siteWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('site'),
  /** The site's name: the header's brand, every page's title, the preview cards, the oEmbed answer. */
  name: words(),
  /** A page's `<title>`: its own title, then the site's name. */
  pageTitle: words('page', 'site'),
  /** The first link of every page, to skip past the header. */
  skipLink: words(),
  /** The header's links, and the accessible name of their list. */
  nav: z.strictObject({ label: words(), quiz: words(), howItWorks: words(), share: words() }),
  /** The footer's sentence: what happens to a visitor's answers. */
  footer: words(),
});

export type SiteWordingEntry = z.output<typeof siteWordingSchema>;
