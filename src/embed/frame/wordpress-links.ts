/**
 * Links inside a frame WordPress embedded. Its sandbox allows no popup and no top navigation,
 * so a link that leaves the frame (`target=_blank`, the embed page's default) asks WordPress
 * to open it in the top window; a link that stays in the frame (Change, Start again) carries
 * the secret along. Elsewhere links behave as written: new tab, or in the frame.
 */
import { withSecret, type WordPressEmbed } from './wordpress-embed.ts';

/** The browsing context a click on `link` navigates: its own target, else the page's `<base target>`. */
function targetOf(link: HTMLAnchorElement): string {
  return (link.target || link.ownerDocument.querySelector('base[target]')?.getAttribute('target') || '_self').toLowerCase();
}

/** A link to an element of this very page (the skip link to #main): it leaves the fragment to the page. */
function isInPage(link: HTMLAnchorElement): boolean {
  const doc = link.ownerDocument;
  return link.href.split('#')[0] === doc.location.href.split('#')[0] && doc.getElementById(decodeURIComponent(link.hash.slice(1))) !== null;
}

/** Routes every link click in `doc` as above, while WordPress embeds the page (its secret is in the fragment). */
export function routeLinks(doc: Document, wordpress: WordPressEmbed): void {
  doc.addEventListener('click', (event) => {
    const secret = wordpress.secret();
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (secret === undefined || !(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
    if (!/^https?:$/.test(link.protocol) || isInPage(link)) return;
    if (targetOf(link) === '_self') link.href = withSecret(link.href, secret);
    else if (wordpress.openLink(link.href)) event.preventDefault();
  });
}
