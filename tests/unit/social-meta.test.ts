/** Which card each page shows, and the Open Graph / Twitter tags made from it. */
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../src/engine/ids.ts';
import { QUIZ_CARD, previewCards } from '../../src/social/cards.ts';
import { socialMetaOf, type MetaTag, type SocialMetaInput } from '../../src/social/meta.ts';
import { headTitle } from '../../src/content/site-wording.ts';
import { routeOf, socialPageOf } from '../../src/social/pages.ts';
import { idLabels } from '../helpers/labels.ts';

const cards = previewCards(idLabels().roles);
const tagsOf = (tags: MetaTag[]) => Object.fromEntries(tags.map((tag) => [tag.key, tag.content]));

describe('pages and their cards', () => {
  it.each([
    ['', 'quiz', false],
    ['embed/', 'quiz', false],
    ['result/', 'result', false],
    ['how-it-works/', 'how-it-works', true],
    ['roles/', 'roles', true],
    ['roles/data-engineer/', 'role-data-engineer', true],
    ['roles/not-a-role/', 'quiz', false],
    ['404/', 'quiz', false],
    ['share/', 'quiz', false],
  ])('%o shows the %s card (its address alone is the page: %s)', (route, card, canonical) => {
    expect(socialPageOf(route)).toEqual({ card, canonical });
  });

  it('names only cards the build draws', () => {
    const drawn = new Set(cards.map((card) => card.id));
    for (const route of ['', 'result/', 'how-it-works/', 'roles/', ...ROLE_IDS.map((id) => `roles/${id}/`)]) {
      expect(drawn, route).toContain(socialPageOf(route).card);
    }
  });

  it('reads the route under the base path, with or without its trailing slash', () => {
    expect(routeOf('/', '/')).toBe('');
    expect(routeOf('/roles/ml-engineer/', '/')).toBe('roles/ml-engineer/');
    expect(routeOf('/tools/hire/result/', '/tools/hire/')).toBe('result/');
    expect(routeOf('/tools/hire/result', '/tools/hire')).toBe('result/');
    expect(routeOf('/tools/hire/', '/tools/hire')).toBe('');
  });
});

describe('social tags', () => {
  const role = cards.find((card) => card.id === 'role-ml-engineer')!;
  const input: SocialMetaInput = {
    title: 'ML engineer: when to hire one',
    description: 'Trains custom models.',
    route: 'roles/ml-engineer/',
    base: '/tools/hire/',
    site: new URL('https://example.test/tools/hire/'),
    page: socialPageOf('roles/ml-engineer/'),
    card: role,
  };

  it('come from the page title and description, with absolute URLs on the deployed site', () => {
    expect(tagsOf(socialMetaOf(input))).toEqual({
      'og:type': 'website',
      'og:site_name': 'Hire Order',
      'og:title': 'ML engineer: when to hire one',
      'og:description': 'Trains custom models.',
      'og:url': 'https://example.test/tools/hire/roles/ml-engineer/',
      'og:image': 'https://example.test/tools/hire/og/role-ml-engineer.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': expect.stringMatching(/^Hire Order\. When to hire one: Role ml-engineer\./),
      'twitter:card': 'summary_large_image',
      'twitter:title': 'ML engineer: when to hire one',
      'twitter:description': 'Trains custom models.',
      'twitter:image': 'https://example.test/tools/hire/og/role-ml-engineer.png',
      'twitter:image:alt': expect.stringMatching(/^Hire Order\. When to hire one/),
    });
  });

  it('put Open Graph names in `property` and Twitter names in `name`', () => {
    for (const tag of socialMetaOf(input)) expect(tag.attribute).toBe(tag.key.startsWith('og:') ? 'property' : 'name');
  });

  it('leave out og:url where the answers live in the query, so a preview keeps the shared link', () => {
    const result = { ...input, route: 'result/', page: socialPageOf('result/'), card: QUIZ_CARD };
    expect(tagsOf(socialMetaOf(result))).not.toHaveProperty('og:url');
    expect(tagsOf(socialMetaOf({ ...result, route: '', page: socialPageOf('') }))).not.toHaveProperty('og:url');
  });

  it('without a known site, give the image as a path under the base and no og:url', () => {
    const tags = tagsOf(socialMetaOf({ ...input, site: undefined }));
    expect(tags['og:image']).toBe('/tools/hire/og/role-ml-engineer.png');
    expect(tags['twitter:image']).toBe('/tools/hire/og/role-ml-engineer.png');
    expect(tags).not.toHaveProperty('og:url');
  });

  it("take the page's own title, which the page's <title> follows with the site's name", () => {
    expect(headTitle('How it works')).toBe('How it works · Hire Order');
    expect(headTitle('{question} (question {step} of {total})')).toBe('{question} (question {step} of {total}) · Hire Order');
  });
});
