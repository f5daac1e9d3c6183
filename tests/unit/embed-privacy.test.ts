/**
 * The embed builder's privacy wording (content/embed-builder.json) says exactly what the host
 * page receives: the embed events of contract.md, the `result` one with the plan's link, which
 * holds the reader's answers. It may not promise that nothing reaches anyone.
 */
import { describe, expect, it } from 'vitest';
import wording from '../../content/embed-builder.json' with { type: 'json' };

const privacy = (wording as { privacy?: string }).privacy ?? '';

describe("the embed builder's privacy wording", () => {
  it.each([
    ['ready', /\bready\b/],
    ['resize (its height)', /\bheight\b/],
    ['step (the question on screen)', /\bquestion\b/],
    ['result (the roles)', /\broles\b/],
    ["result (the plan's link)", /\bplan's link\b/],
    ['that the link holds the answers', /link, which holds the reader's answers/],
    ['the embed id echoed', /\bembed id\b/],
  ])('names what the host page receives: %s', (_, pattern) => {
    expect(privacy).toMatch(pattern);
  });

  it('says the host page receives it, and that nothing goes to us or to other sites', () => {
    expect(privacy).toMatch(/your page receives/i);
    expect(privacy).toMatch(/nothing is sent to us or to any other site/i);
  });

  it('promises nowhere on the page that nothing is sent to anyone', () => {
    for (const text of [wording.intro, wording.description, privacy]) expect(text).not.toMatch(/to anyone/i);
  });
});
