/** `/embed/?link=<a page's URL>`: the embed prefilled from a pasted link (src/embed/frame/embed-link.ts). */
import { describe, expect, it } from 'vitest';
import { embedAnswersQuery } from '../../src/embed/frame/embed-link.ts';
import { parseAnswers } from '../../src/engine/url.ts';

const link = (url: string, rest = '') => `?link=${encodeURIComponent(url)}${rest}`;

describe('an embed given a link', () => {
  it("takes the linked page's answers", () => {
    const query = embedAnswersQuery(link('https://x.test/result/?stage=pilot&size=startup'));
    expect(parseAnswers(query)).toMatchObject({ answers: { stage: 'pilot', size: 'startup' }, problems: [] });
  });
  it('keeps its own options and still names its own unknown parameters', () => {
    const query = embedAnswersQuery(link('https://x.test/?stage=pilot', '&embed_id=post-7&colour=red'));
    expect(parseAnswers(query)).toMatchObject({ answers: { stage: 'pilot' }, problems: [{ kind: 'unknown-parameter', parameter: 'colour' }] });
  });
  it('lets its own answers win over the link', () => {
    const own = `?stage=scale${link('https://x.test/?stage=pilot').replace('?', '&')}`;
    expect(embedAnswersQuery(own)).toBe(own);
    expect(parseAnswers(embedAnswersQuery(own))).toMatchObject({ answers: { stage: 'scale' }, problems: [] });
  });
  it.each([
    ['not a URL', 'stage=pilot'],
    ['a script URL', 'javascript:alert(1)//?stage=pilot'],
    ['a data URL', 'data:text/html,?stage=pilot'],
    ['a huge link', `https://x.test/?${'a'.repeat(6000)}`],
  ])('ignores %s', (_, value) => {
    const query = `?link=${encodeURIComponent(value)}`;
    expect(embedAnswersQuery(query)).toBe(query);
    expect(parseAnswers(embedAnswersQuery(query)).answers).toEqual({});
  });
  it('reads answers only through the codec', () => {
    const query = embedAnswersQuery(link('https://x.test/?stage=<img src=x onerror=alert(1)>&size=startup'));
    expect(parseAnswers(query).answers).toEqual({ size: 'startup' });
  });
});
