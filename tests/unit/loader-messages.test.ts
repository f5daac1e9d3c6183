/** What the host loader (/embed.js) accepts and builds (src/embed/loader-messages.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, MIN_HEIGHT, clampHeight, frameSrc, readEmbedMessage } from '../../src/embed/loader-messages.ts';

describe("the loader's reading of a message", () => {
  it.each([
    { source: 'hire-order', type: 'ready', embedId: 'post-7' },
    { source: 'hire-order', type: 'resize', height: 812 },
    { source: 'hire-order', type: 'step', question: 'stage' },
    { source: 'hire-order', type: 'result', roles: ['ai-engineer', 'data-engineer'], url: 'https://x.test/result/?stage=pilot' },
    { source: 'hire-order', type: 'result', roles: [], url: 'https://x.test/result/' },
    { source: 'hire-order', type: 'bring-into-view' },
  ])('accepts $type', (message) => expect(readEmbedMessage(message)).toEqual(message));

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'hire-order'],
    ['a number', 42],
    ["WordPress's message", { message: 'height', value: 500, secret: 'a1B2c3D4e5' }],
    ['another source', { source: 'other', type: 'ready' }],
    ['an unknown type', { source: 'hire-order', type: 'navigate', url: 'https://evil.test/' }],
    ['our own request', { source: 'hire-order', type: 'measure' }],
    ['a height as text', { source: 'hire-order', type: 'resize', height: '812' }],
    ['an infinite height', { source: 'hire-order', type: 'resize', height: Infinity }],
    ['no height', { source: 'hire-order', type: 'resize', height: Number.NaN }],
    ['a step without a question', { source: 'hire-order', type: 'step' }],
    ['a question that is not text', { source: 'hire-order', type: 'step', question: { toString: () => 'stage' } }],
    ['roles that are not a list', { source: 'hire-order', type: 'result', roles: 'ai-engineer', url: 'https://x.test/' }],
    ['a role that is not text', { source: 'hire-order', type: 'result', roles: ['ai-engineer', 7], url: 'https://x.test/' }],
    ['a result without its link', { source: 'hire-order', type: 'result', roles: [] }],
  ])('refuses %s', (_, data) => expect(readEmbedMessage(data)).toBeNull());
});

describe('frame heights', () => {
  it.each([
    [812, 812],
    [0, MIN_HEIGHT],
    [-5000, MIN_HEIGHT],
    [1e9, MAX_HEIGHT],
    [MAX_HEIGHT, MAX_HEIGHT],
  ])('%d becomes %d', (height, clamped) => expect(clampHeight(height)).toBe(clamped));
});

describe("a host div's frame URL", () => {
  const embed = 'https://x.test/embed/';
  it('carries the answers, the theme, the accent and the embed id', () => {
    const src = new URL(frameSrc(embed, { answers: 'stage=pilot&size=startup', theme: 'dark', accent: '#0a7' }, 'post-7'));
    expect(src.origin + src.pathname).toBe(embed);
    expect([...src.searchParams]).toEqual([['stage', 'pilot'], ['size', 'startup'], ['theme', 'dark'], ['accent', '#0a7'], ['embed_id', 'post-7']]);
  });
  it('is the plain quiz without options', () => {
    expect(frameSrc(embed, {}, 'hire-order-1')).toBe(`${embed}?embed_id=hire-order-1`);
  });
  it('keeps whatever a host wrote inside the query, encoded', () => {
    const src = frameSrc(embed, { answers: 'stage="><script>alert(1)</script>#x', accent: 'red"onload="x' }, 'a b&c=d');
    expect(src.startsWith(`${embed}?`)).toBe(true);
    expect(src).not.toMatch(/["<>#\s]/);
    expect(new URL(src).searchParams.get('embed_id')).toBe('a b&c=d');
  });
});
