/** The oEmbed answer (src/embed/oembed.ts): oEmbed 1.0 "rich", absolute URLs, HTML that cannot be broken by the site's address. */
import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, oembedHref, quizOEmbed } from '../../src/embed/oembed.ts';
import { LOCAL_ORIGIN, siteRoot } from '../../src/embed/site-root.ts';
import { OEMBED_WORDS } from '../../src/content/page-wording.ts';

describe('the oEmbed answer', () => {
  const root = siteRoot(new URL('https://hire-order.example'), '/tools/');
  const oembed = quizOEmbed(root, OEMBED_WORDS);

  it('is oEmbed 1.0 rich with a numeric size', () => {
    expect(oembed).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Hire Order', provider_url: 'https://hire-order.example/tools/', ...EMBED_SIZE });
    expect(typeof oembed.title).toBe('string');
  });
  it('frames the embed page and loads the loader, under the base path', () => {
    expect(oembed.html).toContain('<iframe src="https://hire-order.example/tools/embed/"');
    expect(oembed.html).toContain('<script src="https://hire-order.example/tools/embed.js" async></script>');
    expect(oembed.html).toMatch(/^<blockquote class="wp-embedded-content"><a href="https:\/\/hire-order.example\/tools\/">/);
    expect(oembedHref(root)).toBe('https://hire-order.example/tools/oembed/quiz.json');
  });
  it('points at the local preview when no site is configured', () => {
    expect(quizOEmbed(siteRoot(undefined, '/'), OEMBED_WORDS).provider_url).toBe(`${LOCAL_ORIGIN}/`);
  });
  it('escapes a site address that holds quotes', () => {
    const html = quizOEmbed(new URL('https://x.test/a"b<c/'), OEMBED_WORDS).html;
    expect(html).not.toContain('a"b');
    expect(html).not.toContain('<c');
  });
});
