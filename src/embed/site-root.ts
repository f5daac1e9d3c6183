/**
 * Where the site lives, for the absolute URLs oEmbed needs (a WordPress or Ghost server fetches
 * them): Astro's `site`, set from `SITE_URL` at build time, under the base path. Without it the
 * build points at the local preview (`npm start`), so a local WordPress can try it, and says so.
 */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

export function siteRoot(site: URL | undefined, base: string): URL {
  return new URL(base, site ?? LOCAL_ORIGIN);
}
