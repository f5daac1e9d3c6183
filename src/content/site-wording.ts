/**
 * The site's name and the words around every page (content/site.json, checked by its schema at
 * build time), and a page's `<title>` made from them.
 */
import wording from '../../content/site.json' with { type: 'json' };
import { fill } from './fill.ts';

export type SiteWording = typeof wording;
export const SITE_WORDING: SiteWording = wording;

/** The site's name. */
export const SITE_NAME = wording.name;

/** A page's `<title>`: its own title, then the site's name ("How it works · Hire Order"). Other slots stay as written. */
export const headTitle = (page: string) => fill(wording.pageTitle, { page, site: SITE_NAME });
