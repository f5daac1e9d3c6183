/** The sender's label and note of a link: plain text, cleaned, clipped, and never a problem for the codec. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSender, parseSent, senderQuery, sentQuery } from '../../src/engine/sender.ts';
import { SENDER_LIMITS } from '../../src/engine/limits.ts';
import { parseAnswers } from '../../src/engine/url.ts';

const HIDDEN = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

describe('a sender in a link', () => {
  it('reads the label and the note as plain text, trimmed', () => {
    expect(parseSender('from=%20Ana%20(Acme%20Talent)&note=Hi!%20Three%20minutes.')).toEqual({ from: 'Ana (Acme Talent)', note: 'Hi! Three minutes.' });
    expect(parseSender('note=&from=')).toEqual({});
  });
  it('keeps markup as literal text and strips right-to-left overrides and controls', () => {
    expect(parseSender(`note=${encodeURIComponent('<script>alert(1)</script>')}`).note).toBe('<script>alert(1)</script>');
    expect(parseSender(`from=${encodeURIComponent('\u202Eevil\u202C\u0000 name')}`).from).toBe('evil name');
    expect(parseSender(`note=${encodeURIComponent('line one\nline two')}`).note).toBe('line one line two');
  });
  it('clips a long note to its limit with an ellipsis, counting emoji as one character', () => {
    const note = parseSender(`note=${encodeURIComponent('🙂'.repeat(10_000))}`).note!;
    expect(Array.from(note)).toHaveLength(SENDER_LIMITS.note);
    expect(note.endsWith('…')).toBe(true);
  });
  it('is never a problem for the answers codec', () => {
    expect(parseAnswers('stage=pilot&from=Ana&note=Hello').problems).toEqual([]);
  });
  it('never throws, and never yields hidden characters or text over its limit (10,000 random queries)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), (from, note) => {
      const query = `from=${encodeURIComponent(from)}&note=${encodeURIComponent(note)}`;
      const sender = parseSender(query);
      for (const name of ['from', 'note'] as const) {
        const text = sender[name];
        if (text === undefined) continue;
        if (HIDDEN.test(text) || Array.from(text).length > SENDER_LIMITS[name] || text !== text.trim()) return false;
      }
      return true;
    }), { numRuns: 10_000 });
  });
  it('round-trips through the link it writes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (from, note) => {
      const once = parseSender(senderQuery({ from, note }));
      expect(parseSender(senderQuery(once))).toEqual(once);
    }), { numRuns: 2_000 });
  });
});

describe('the questions a sender set (sent=)', () => {
  it('reads known question ids in question order, and nothing else', () => {
    expect(parseSent('sent=size,stage,robots,%3Cscript%3E,size')).toEqual(['stage', 'size']);
    expect(parseSent('sent=')).toEqual([]);
    expect(parseSent('stage=pilot')).toBeUndefined();
  });
  it('writes them back in question order, round trip', () => {
    expect(sentQuery(['urgency', 'stage'])).toBe('sent=stage,urgency');
    expect(parseSent(sentQuery(['have', 'regulated']))).toEqual(['regulated', 'have']);
    expect(sentQuery([])).toBe('sent=');
  });
  it('is never a problem for the codec', () => {
    expect(parseAnswers('stage=pilot&sent=stage&from=Ana').problems).toEqual([]);
  });
});
