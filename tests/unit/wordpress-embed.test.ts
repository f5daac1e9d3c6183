/** WordPress's embed protocol as the embed page speaks it (src/embed/frame/wordpress-embed.ts), against a fake window. */
import { describe, expect, it } from 'vitest';
import { connectWordPress, withSecret, wordpressSecret, type EmbedWindow } from '../../src/embed/frame/wordpress-embed.ts';
import { hostFragment } from '../../src/links.ts';
import { requestedQuestion, startingPoint } from '../../src/session/starting-point.ts';

describe('the secret WordPress puts in the fragment', () => {
  it.each([
    ['#?secret=a1B2c3D4e5', 'a1B2c3D4e5'],
    ['#q=stage&secret=a1B2c3D4e5', 'a1B2c3D4e5'],
    ['#restart&secret=0123456789', '0123456789'],
  ])('is read from %s', (hash, secret) => expect(wordpressSecret(hash)).toBe(secret));

  it.each([
    ['no fragment', ''],
    ['a question only', '#q=stage'],
    ['nine characters', '#?secret=a1B2c3D4e'],
    ['eleven characters', '#?secret=a1B2c3D4e5f'],
    ['a symbol in it', '#?secret=a1B2c3D4e"'],
    ['a longer name ending in secret', '#?notsecret=a1B2c3D4e5'],
  ])('is absent with %s', (_, hash) => expect(wordpressSecret(hash)).toBeUndefined());

  it('travels with a link that stays in the frame, once', () => {
    expect(withSecret('https://x.test/embed/?stage=pilot#q=size', 'a1B2c3D4e5')).toBe('https://x.test/embed/?stage=pilot#q=size&secret=a1B2c3D4e5');
    expect(withSecret('https://x.test/embed/', 'a1B2c3D4e5')).toBe('https://x.test/embed/#?secret=a1B2c3D4e5');
    const once = withSecret('https://x.test/embed/#restart', 'a1B2c3D4e5');
    expect(withSecret(once, 'a1B2c3D4e5')).toBe(once);
  });
});

describe('a fragment the embed shares with WordPress', () => {
  it.each([
    ['#?secret=a1B2c3D4e5', '#?secret=a1B2c3D4e5'],
    ['#q=regulated&secret=a1B2c3D4e5', '#secret=a1B2c3D4e5'],
    ['#restart&secret=a1B2c3D4e5', '#secret=a1B2c3D4e5'],
    ['#q=regulated', ''],
    ['#restart', ''],
    ['', ''],
    ['#chapter-2', '#chapter-2'],
  ])('keeps the host part of %s at each step: %s', (hash, kept) => {
    expect(hostFragment(hash)).toBe(kept);
    if (wordpressSecret(hash)) expect(wordpressSecret(hostFragment(hash))).toBe(wordpressSecret(hash));
  });
  it('still opens the question or restarts when the secret follows', () => {
    expect(requestedQuestion('#q=regulated&secret=a1B2c3D4e5')).toBe('regulated');
    expect(requestedQuestion('#q=regulated&')).toBe('regulated');
    expect(requestedQuestion('#q=regulatedsecret')).toBeUndefined();
    expect(startingPoint('?stage=pilot', '#restart&secret=a1B2c3D4e5', null).restart).toBe(true);
    expect(startingPoint('?stage=pilot', '#restarted', null).restart).toBe(false);
  });
});

type Listener = (event: { source: unknown; data: unknown }) => void;

/** A frame's window whose parent records what it is sent. */
function fakeWindow(hash: string) {
  const parent = { sent: [] as unknown[], postMessage(message: unknown) { this.sent.push(message); } };
  const listeners: { message: Listener[]; hashchange: (() => void)[] } = { message: [], hashchange: [] };
  const win = {
    location: { hash },
    parent,
    addEventListener(type: 'message' | 'hashchange', listener: Listener & (() => void)) { listeners[type].push(listener); },
  } as EmbedWindow & { location: { hash: string } };
  return {
    win,
    parent,
    receive: (source: unknown, data: unknown) => listeners.message.forEach((listener) => listener({ source, data })),
    changeHash: (next: string) => { win.location.hash = next; listeners.hashchange.forEach((listener) => listener()); },
  };
}

describe('speaking to WordPress', () => {
  it('posts the height and links with the secret when WordPress embedded the page', () => {
    const { win, parent } = fakeWindow('#?secret=a1B2c3D4e5');
    const wordpress = connectWordPress(win, () => {});
    wordpress.postHeight(734);
    expect(wordpress.openLink('https://x.test/result/?stage=pilot')).toBe(true);
    expect(parent.sent).toEqual([
      { message: 'height', value: 734, secret: 'a1B2c3D4e5' },
      { message: 'link', value: 'https://x.test/result/?stage=pilot', secret: 'a1B2c3D4e5' },
    ]);
  });

  it('stays silent without a secret', () => {
    const { win, parent } = fakeWindow('#q=stage');
    const wordpress = connectWordPress(win, () => {});
    wordpress.postHeight(734);
    expect(wordpress.openLink('https://x.test/')).toBe(false);
    expect(parent.sent).toEqual([]);
  });

  it("answers WordPress's ready from the parent with its secret, and nothing else", () => {
    const { win, parent, receive } = fakeWindow('#?secret=a1B2c3D4e5');
    let readies = 0;
    connectWordPress(win, () => { readies += 1; });
    receive({}, { message: 'ready', secret: 'a1B2c3D4e5' }); // another window
    receive(parent, { message: 'ready', secret: 'zzzzzzzzzz' }); // another embed's secret
    receive(parent, { message: 'ready' });
    receive(parent, null);
    receive(parent, '<script>');
    expect(readies).toBe(0);
    receive(parent, { message: 'ready', secret: 'a1B2c3D4e5' });
    expect(readies).toBe(1);
  });

  it('starts speaking when wp-embed.js adds the secret after load', () => {
    const { win, parent, changeHash } = fakeWindow('');
    let readies = 0;
    const wordpress = connectWordPress(win, () => { readies += 1; });
    changeHash('#?secret=a1B2c3D4e5');
    expect(readies).toBe(1);
    wordpress.postHeight(500);
    expect(parent.sent).toEqual([{ message: 'height', value: 500, secret: 'a1B2c3D4e5' }]);
  });
});
