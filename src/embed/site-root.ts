/**
 * Where the site lives, for the absolute URLs that leave it: the oEmbed discovery link and
 * answer (a WordPress or Ghost server fetches them), `og:image`, `og:url` and the canonical link
 * (docs/decisions/0007-the-site-address-is-required.md). The build reads it from `SITE_URL`
 * (astro.config.mjs) and stops without it: a build that guessed would send every embed and
 * preview to the machine it was built on. `npm start`, `npm test`, the bench and the screenshots
 * set the local preview's address themselves.
 */

/** The address `npm start` serves on, which the local scripts pass as `SITE_URL`. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** The variable the build reads. */
export const SITE_URL_VARIABLE = 'SITE_URL';

/**
 * The site's public address from the build's environment (`SITE_URL`): an absolute http(s) URL
 * with nothing after the host but a path. Throws a message naming the variable when it is
 * unset or not such an address.
 */
export function siteUrlFrom(env: Readonly<Record<string, string | undefined>>): URL {
  const value = env[SITE_URL_VARIABLE]?.trim();
  const example = `${SITE_URL_VARIABLE}=https://your.host npm run build`;
  if (!value) {
    throw new Error(`${SITE_URL_VARIABLE} is not set. The build writes absolute links from it (oEmbed discovery and /oembed/quiz.json, og:image, og:url, canonical), so it needs the public address the site will be served at: ${example}. (npm start, npm test, npm run bench and npm run screenshots set a local one themselves.)`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${SITE_URL_VARIABLE} is not an absolute URL: "${value}". Give the public address, e.g. ${example}.`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) {
    throw new Error(`${SITE_URL_VARIABLE} must be an http(s) address without credentials, query or fragment: "${value}". E.g. ${example}.`);
  }
  return url;
}

/**
 * The address for one Astro command: a build requires `SITE_URL` (siteUrlFrom); the dev server,
 * `astro preview` and `astro check` (which never write links anywhere) fall back to the local one.
 */
export function siteUrlForCommand(command: string, env: Readonly<Record<string, string | undefined>>): URL {
  if (command === 'build' || env[SITE_URL_VARIABLE]?.trim()) return siteUrlFrom(env);
  return new URL(LOCAL_SITE_URL);
}

/** Whether the site was built for this machine (the local scripts' address, or any loopback host). */
export function isLocalSite(site: URL): boolean {
  return site.hostname === '127.0.0.1' || site.hostname === 'localhost' || site.hostname === '[::1]';
}

/**
 * The site's root under the base path. `site` is Astro's `site`, always set (the build stops
 * without it); the type says it may be missing, so this says why if it is.
 */
export function siteRoot(site: URL | undefined, base: string): URL {
  if (!site) throw new Error(`Astro's site is unset: astro.config.mjs reads it from ${SITE_URL_VARIABLE}.`);
  return new URL(base, site);
}
