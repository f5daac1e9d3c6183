/** Resuming on this device and from links: storage that is missing, junk, foreign or throwing. */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, readProgress, writeProgress } from '../../src/islands/quiz-storage.ts';
import { startingPoint } from '../../src/islands/quiz-session.ts';
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
  it('follows a link with answers, ignoring saved progress', () => {
    expect(startingPoint('?stage=pilot', '', saved)).toMatchObject({ input: { answers: { stage: 'pilot' } }, fromLink: true });
  });
  it('opens the question a #q= hash names', () => {
    expect(startingPoint('?stage=pilot&size=startup', '#q=stage', null).input).toEqual({ answers: { stage: 'pilot', size: 'startup' }, at: 'stage' });
  });
  it('resumes saved progress when the link has no answers', () => {
    expect(startingPoint('?utm_source=newsletter', '', saved)).toMatchObject({ input: { answers: { stage: 'scale' }, at: 'size' }, fromLink: false });
  });
  it('starts afresh on #restart', () => {
    expect(startingPoint('', '#restart', saved)).toEqual({ input: {}, problems: [], restart: true, fromLink: false });
  });
});
