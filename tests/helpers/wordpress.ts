/**
 * WordPress as the client of our oEmbed answer, with WordPress's own code: its PHP filter
 * (wordpress-oembed.php runs wp-includes through php-cli) and its wp-embed.js in the host.
 * Debian's `wordpress` and `php-cli` packages provide both (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteUrl } from './browser.ts';

export const WP_INCLUDES = process.env.WORDPRESS_INCLUDES ?? '/usr/share/wordpress/wp-includes';
const WORDPRESS = fileURLToPath(new URL('./wordpress-oembed.php', import.meta.url));

/** Fails with the command that installs what is missing. */
export function requireWordPress(): void {
  if (!existsSync(`${WP_INCLUDES}/embed.php`)) throw new Error(`WordPress not found in ${WP_INCLUDES}: \`apt-get install -y wordpress\` (or set WORDPRESS_INCLUDES).`);
  try {
    execFileSync('php', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('php not found: `apt-get install -y php-cli`.');
  }
}

/** An oEmbed answer as this test run serves it. */
export interface OEmbedAnswer { type: string; version: string; html: string; width: number; height: number; provider_url: string; [field: string]: unknown }

/**
 * The built /oembed/quiz.json as served at `url` (the test site's by default), as if built with
 * SITE_URL set to that server's origin (the build cannot know the port): the origin it was
 * built for is replaced by that one.
 */
export async function servedOEmbed(url = siteUrl('/oembed/quiz.json')): Promise<OEmbedAnswer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const text = await response.text();
  const built = new URL((JSON.parse(text) as OEmbedAnswer).provider_url).origin;
  return JSON.parse(text.replaceAll(built, new URL(url).origin)) as OEmbedAnswer;
}

/** The HTML WordPress stores in a post when `pastedUrl` is pasted and answers with `oembed`. */
export function wordpressEmbedHtml(oembed: OEmbedAnswer, pastedUrl: string): string {
  return execFileSync('php', [WORDPRESS, 'filter', pastedUrl, WP_INCLUDES], { input: JSON.stringify(oembed), encoding: 'utf8' });
}

/** The oEmbed URL WordPress finds in `html` when `pageUrl` is pasted, or null. */
export function wordpressDiscovers(html: string, pageUrl: string): string | null {
  try {
    return execFileSync('php', [WORDPRESS, 'discover', pageUrl, WP_INCLUDES], { input: html, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** WordPress's own host-side script, wp-includes/js/wp-embed.js. */
export const wpEmbedScript = () => readFileSync(`${WP_INCLUDES}/js/wp-embed.js`, 'utf8');
