/** Filling the `{slots}` of our wording (src/content/fill.ts): plain, and escaped for Markdown. */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/content/fill.ts';
import { slotsOf, templateParts } from '../../src/content/slots.ts';
import { escapeMarkdown } from '../../src/result/escape-markdown.ts';

describe('fill', () => {
  it('puts each value in its slot, and leaves a slot it has no value for as written', () => {
    expect(fill('Question {step} of {total}', { step: 2, total: 9 })).toBe('Question 2 of 9');
    expect(fill('Hello {name}, {unknown}', { name: 'Ana' })).toBe('Hello Ana, {unknown}');
  });

  it('never reads a filled-in value for slots', () => {
    expect(fill('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
  });

  it('escapes the template and every value when asked, the slots aside', () => {
    expect(fill('*Hire* {role} [now]', { role: '_AI_ <engineer>' }, escapeMarkdown)).toBe('\\*Hire\\* \\_AI\\_ \\<engineer\\> \\[now\\]');
    expect(fill('Two\nlines for {who}', { who: ' a\n team ' }, escapeMarkdown)).toBe('Two lines for a team');
  });
});

describe('slotsOf', () => {
  it('names the slots of a template in order, repeats included', () => {
    expect(slotsOf('{answer}; {set}. {answer}')).toEqual(['answer', 'set', 'answer']);
    expect(slotsOf('no slots, {not one}, {}')).toEqual([]);
  });
});

describe('templateParts', () => {
  it('cuts a template at its slots, for a renderer that fills them with markup', () => {
    expect(templateParts('See {link} for every role.')).toEqual(['See ', { slot: 'link' }, ' for every role.']);
    expect(templateParts('{a}{b} and {not a slot}')).toEqual([{ slot: 'a' }, { slot: 'b' }, ' and {not a slot}']);
  });
});
