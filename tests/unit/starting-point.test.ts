/** Resuming on this device and from links: storage that is missing, junk, foreign or throwing; links against saved progress; a link's sender. */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, readProgress, writeProgress } from '../../src/session/progress-store.ts';
import { startingPoint } from '../../src/session/starting-point.ts';
import type { SavedProgress } from '../../src/session/progress-store.ts';
import { answersFault } from '../helpers/assertions.ts';

/** An in-memory Storage; `throwing` makes every call throw like a sandboxed iframe's. */
function fakeStorage(initial: Record<string, string> = {}, throwing = false): () => Storage {
  const data = new Map(Object.entries(initial));
  const fail = () => { throw new DOMException('denied', 'SecurityError'); };
  const storage = {
    getItem: (key: string) => (throwing ? fail() : data.get(key) ?? null),
    setItem: (key: string, value: string) => (throwing ? fail() : void data.set(key, value)),
    removeItem: (key: string) => (throwing ? fail() : void data.delete(key)),
  } as unknown as Storage;
  return () => storage;
}

describe('progress saved on this device', () => {
  it('comes back as it was saved', () => {
    const storage = fakeStorage();
    writeProgress(storage, { answers: { stage: 'pilot', size: 'growth', have: [] }, at: 'predictive_roi' });
    expect(readProgress(storage)).toEqual({ saved: { answers: { stage: 'pilot', size: 'growth', have: [] }, at: 'predictive_roi' }, unreadable: false });
  });
  it.each([['not JSON', '{not json'], ['a foreign version', '{"version":99,"query":"stage=pilot"}'], ['a number', '42'], ['null', 'null']])(
    'is reported unreadable when it is %s, never thrown', (_, raw) => {
      expect(readProgress(fakeStorage({ [STORAGE_KEY]: raw }))).toEqual({ saved: null, unreadable: true });
    });
  it('keeps only valid answers from a tampered entry', () => {
    const raw = JSON.stringify({ version: 1, query: 'stage=<img src=x onerror=alert(1)>&size=startup&data_sufficiency=yes', at: '<script>' });
    const { saved } = readProgress(fakeStorage({ [STORAGE_KEY]: raw }));
    expect(saved).toEqual({ answers: { size: 'startup' }, at: undefined });
    expect(answersFault(saved!.answers)).toBeUndefined();
  });
  it('is silently absent where storage throws, and writing does not throw', () => {
    const storage = fakeStorage({}, true);
    expect(readProgress(storage)).toEqual({ saved: null, unreadable: false });
    expect(() => writeProgress(storage, { answers: { stage: 'pilot' } })).not.toThrow();
  });
});

describe('where a visit starts', () => {
  const saved = { answers: { stage: 'scale' as const }, at: 'size' as const };
  it('follows a link with answers, ignoring saved progress that agrees with it', () => {
    expect(startingPoint('?stage=scale&size=startup', '', saved)).toMatchObject({ input: { answers: { stage: 'scale', size: 'startup' } }, source: 'link' });
  });
  it('opens the question a #q= hash names', () => {
    expect(startingPoint('?stage=pilot&size=startup', '#q=stage', null).input).toEqual({ answers: { stage: 'pilot', size: 'startup' }, open: { from: 'link', question: 'stage' } });
  });
  it('resumes saved progress when the link has no answers', () => {
    expect(startingPoint('?utm_source=newsletter', '', saved)).toMatchObject({ input: { answers: { stage: 'scale' }, open: { from: 'link', question: 'size' } }, source: 'saved' });
  });
  it('starts afresh on #restart', () => {
    expect(startingPoint('', '#restart', saved)).toMatchObject({ input: {}, problems: [], restart: true, source: 'none' });
  });
});

describe('a link and saved progress', () => {
  const saved: SavedProgress = { answers: { stage: 'scale', size: 'growth', predictive_roi: 'no' }, at: 'integration_speed' };
  // [what, search, hash, the answers opened, offered back]
  it.each<[string, string, string, object, boolean]>([
    ['the same answers: the link, nothing to ask', '?stage=scale&size=growth&predictive_roi=no', '#q=integration_speed', { stage: 'scale', size: 'growth', predictive_roi: 'no' }, false],
    ['fewer answers that agree: the saved ones, further on', '?stage=scale', '', saved.answers, false],
    ['a different answer: the link, the saved ones offered back', '?stage=pilot', '', { stage: 'pilot' }, true],
    ['more answers: the link, the saved ones offered back', '?stage=scale&size=growth&predictive_roi=no&integration_speed=yes', '', { stage: 'scale', size: 'growth', predictive_roi: 'no', integration_speed: 'yes' }, true],
    ['only a problem (size=12): the first question with the notice, the saved ones offered back', '?size=12', '', {}, true],
    ['a problem beside agreeing answers: still the link', '?stage=scale&colour=blue', '', { stage: 'scale' }, true],
    ['a #q= with no answers: the saved ones, at that question', '', '#q=size', saved.answers, false],
  ])('%s', (_, search, hash, answers, offered) => {
    const point = startingPoint(search, hash, saved);
    expect(point.input.answers).toEqual(answers);
    expect(point.conflict !== undefined, 'offers the saved progress back').toBe(offered);
    if (offered) expect(point.source).toBe('link');
  });
  it('never reopens saved progress behind a link with problems', () => {
    for (const search of ['?size=12', '?colour=blue', '?v=99', '?stage=%3Cscript%3E']) {
      const point = startingPoint(search, '', saved);
      expect(point.source, search).toBe('link');
      expect(point.input.answers, search).toEqual({});
      expect(point.problems.length, search).toBeGreaterThan(0);
    }
  });
});

describe("a link's sender", () => {
  it("sets the link's answers, with its label and note", () => {
    expect(startingPoint('?stage=pilot&size=startup&from=Ana%20(Acme)&note=Hi', '', null)).toMatchObject({
      sender: { from: 'Ana (Acme)', note: 'Hi' }, setBySender: ['stage', 'size'], problems: [],
    });
  });
  it('sets the answers of any link that names no question, with or without a label', () => {
    expect(startingPoint('?stage=pilot', '', null).setBySender).toEqual(['stage']);
  });
  it("sets none of the answers of the quiz's own links (#q=) unless sent= says so", () => {
    expect(startingPoint('?stage=pilot&size=startup', '#q=predictive_roi', null).setBySender).toEqual([]);
    expect(startingPoint('?stage=pilot&size=startup&sent=size', '#q=predictive_roi', null).setBySender).toEqual(['size']);
  });
  it('sets only answered questions, whatever sent= names', () => {
    expect(startingPoint('?stage=pilot&sent=stage,size,regulated', '', null).setBySender).toEqual(['stage']);
    expect(startingPoint('?stage=pilot&sent=', '', null).setBySender).toEqual([]);
  });
  it('names its sender when it sets no answer, and starts from the first question', () => {
    expect(startingPoint('?from=Dana%20(Acme%20Talent)&note=Two%20minutes', '', null)).toMatchObject({
      source: 'link', input: {}, sender: { from: 'Dana (Acme Talent)', note: 'Two minutes' }, setBySender: [],
    });
  });
  it("never reopens saved answers behind a sender's link: it offers them back", () => {
    const saved: SavedProgress = { answers: { stage: 'pilot', size: 'startup' }, at: 'predictive_roi' };
    expect(startingPoint('?from=Dana', '', saved)).toMatchObject({ source: 'link', input: {}, sender: { from: 'Dana' }, conflict: saved });
  });
  it('is never saved on this device, so a later link without one shows none', () => {
    const storage = fakeStorage();
    writeProgress(storage, { answers: { stage: 'pilot', size: 'startup', predictive_roi: 'no' }, at: 'integration_speed' });
    expect(storage().getItem(STORAGE_KEY)).not.toMatch(/from|note|reply|sent/);
    const { saved } = readProgress(storage);
    expect(startingPoint('', '', saved)).toMatchObject({ source: 'saved', sender: {}, setBySender: [] });
    expect(startingPoint('?stage=pilot&size=startup', '#q=predictive_roi', saved).sender).toEqual({});
  });
  it('is dropped from an entry an older build saved with one', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, query: 'stage=pilot&from=Ana&note=Hi&sent=stage', at: 'size' }) });
    const { saved } = readProgress(storage);
    expect(saved).toEqual({ answers: { stage: 'pilot' }, at: 'size' });
    expect(startingPoint('', '', saved)).toMatchObject({ sender: {}, setBySender: [] });
  });
  it("keeps the link's sender over saved answers that go further", () => {
    const saved: SavedProgress = { answers: { stage: 'pilot', size: 'startup', predictive_roi: 'no' }, at: 'integration_speed' };
    expect(startingPoint('?stage=pilot&from=Dana', '', saved)).toMatchObject({ source: 'saved', sender: { from: 'Dana' }, setBySender: ['stage'] });
  });
});
