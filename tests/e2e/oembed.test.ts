/**
 * oEmbed as WordPress and Ghost find and read it: a discovery link early in the head of the
 * pages people paste (WordPress reads 150 KB and stops at </head>; Ghost takes the first
 * `link[type="application/json+oembed"]` and fetches it within 2 s), and a JSON answer with
 * everything both require.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../helpers/browser.ts';
import { requireWordPress, servedOEmbed, wordpressDiscovers, wordpressEmbedHtml, type OEmbedAnswer } from '../helpers/wordpress.ts';

beforeAll(() => requireWordPress());

/** WordPress's limit_response_size for discovery (class-wp-oembed.php). */
const WORDPRESS_READS = 150 * 1024;

describe('the discovery link', () => {
  it.each(['/', '/embed/', '/result/?stage=pilot&size=startup'])('is found on %s by WordPress and by Ghost', async (path) => {
    const html = await (await fetch(siteUrl(path))).text();
    const discovered = wordpressDiscovers(html, siteUrl(path));
    expect(discovered).not.toBeNull();
    expect(new URL(discovered!).pathname).toBe('/oembed/quiz.json');
    // Ghost's reading: the first link of that type, absolute, fetched as it is.
    const link = /<link\b[^>]*type="application\/json\+oembed"[^>]*>/.exec(html);
    expect(link, 'a discovery link').not.toBeNull();
    expect(link!.index).toBeLessThan(Math.min(WORDPRESS_READS, html.indexOf('</head>')));
    expect(link![0]).toMatch(/ rel="alternate"/);
    expect(link![0]).toMatch(/ title="[^"]+"/);
    expect(link![0]).toContain(`href="${discovered}"`);
  });
});

describe('the oEmbed answer', () => {
  let oembed: OEmbedAnswer;
  beforeAll(async () => { oembed = await servedOEmbed(); });

  it('is served as JSON within Ghost\'s 2 s', async () => {
    const response = await fetch(siteUrl('/oembed/quiz.json?url=https%3A%2F%2Fx.test%2F&format=json&maxwidth=600'), { signal: AbortSignal.timeout(2000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
  });

  it('has what Ghost requires and oEmbed 1.0 names', () => {
    expect(oembed).toMatchObject({ type: 'rich', version: '1.0', provider_name: expect.any(String), title: expect.any(String) });
    expect(oembed.html.length).toBeGreaterThan(0);
    expect(oembed.width).toBeGreaterThan(0);
    expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
    expect(oembed.provider_url).toBe(siteUrl('/'));
  });

  it("keeps a titled frame of the embed through WordPress's filter, and nothing that runs", () => {
    const html = wordpressEmbedHtml(oembed, siteUrl('/'));
    const frames = html.match(/<iframe\b[^>]*>/g) ?? [];
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatch(new RegExp(` src="${siteUrl('/embed/')}#\\?secret=[A-Za-z0-9]{10}"`));
    expect(frames[0]).toMatch(/ title="[^"]+"/);
    expect(frames[0]).toMatch(/ sandbox="allow-scripts"/);
    expect(html).toMatch(/^<blockquote class="wp-embedded-content" data-secret="[A-Za-z0-9]{10}"><a href=/);
    expect(html).not.toContain('<script');
  });
});
