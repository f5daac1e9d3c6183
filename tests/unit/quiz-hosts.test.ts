/**
 * One quiz session per page, with each host (src/session/): the site's (history entries,
 * storage, /result/), the embed's (the frame's URL replaced, messages to the host page, the
 * result in place) and the embed inside WordPress (its protocol too). Each runs against a
 * fake window that records history, navigation, storage and the messages posted to a parent.
 */
import { describe, expect, it } from 'vitest';
import { questionPath, type Answers, type CompleteAnswers, type QuestionId } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { embedFrame, type EmbedEvent, type FrameWindow } from '../../src/embed/frame/embed-events.ts';
import { embedHost } from '../../src/session/embed-host.ts';
import type { HostWindow } from '../../src/session/host.ts';
import { STORAGE_KEY, writeProgress } from '../../src/session/progress-store.ts';
import { createQuizSession, type QuizSession } from '../../src/session/quiz-session.ts';
import { siteHost } from '../../src/session/site-host.ts';
import { answersWith } from '../helpers/domain.ts';

const ORIGIN = 'https://hire.test';

/** A window at `path`: history and navigation recorded, storage in memory, listeners kept. */
function fakeWindow(path: string) {
  let url = new URL(path, ORIGIN);
  const entries: { mode: 'push' | 'replace'; url: string; question: string }[] = [];
  const navigations: { mode: 'assign' | 'replace'; url: string }[] = [];
  const listeners = new Map<string, ((event: never) => void)[]>();
  const store = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  } as Storage;
  const location = {
    get pathname() { return url.pathname; },
    get search() { return url.search; },
    get hash() { return url.hash; },
    get href() { return url.href; },
    assign: (to: string) => navigations.push({ mode: 'assign', url: to }),
    replace: (to: string) => navigations.push({ mode: 'replace', url: to }),
  } as unknown as Location;
  let state: unknown = null;
  const record = (mode: 'push' | 'replace') => (data: { question: string }, _: string, to?: string | URL | null) => {
    if (to) url = new URL(String(to), url);
    state = data;
    entries.push({ mode, url: url.pathname + url.search + url.hash, question: data.question });
  };
  const history = { pushState: record('push'), replaceState: record('replace'), get state() { return state; } } as unknown as History;
  const win = {
    location, history, localStorage,
    addEventListener: (type: string, listener: (event: never) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  } as unknown as HostWindow;
  /** The browser's Back or Forward to an entry of `question` at `to`. */
  const popTo = (to: string, question: string) => {
    url = new URL(to, url);
    state = { question };
    (listeners.get('popstate') ?? []).forEach((listener) => listener({ state } as never));
  };
  return { win, entries, navigations, store, popTo, listeners };
}

/** Answers the session's questions from `answers` until it reaches the result (or `limit` steps). */
function answerUntilDone(session: QuizSession, answers: Answers, limit = 20): QuestionId[] {
  const asked: QuestionId[] = [];
  for (let step = 0; step < limit && session.view().question !== 'result'; step += 1) {
    const question = session.view().question as QuestionId;
    asked.push(question);
    session.answer(answers[question]!);
  }
  return asked;
}

const ANSWERS = answersWith({ stage: 'pilot', predictive_roi: 'no' }) as CompleteAnswers;
const query = (answers: Answers) => `?${toQuery(answers)}`;

describe('the site host (/)', () => {
  it('records every step as a history entry with its answers and #q=, then leaves for /result/', () => {
    const { win, entries, navigations } = fakeWindow('/');
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    expect(entries).toEqual([{ mode: 'replace', url: '/', question: 'stage' }]); // a fresh visit keeps its plain URL
    session.answer('pilot');
    expect(entries.at(-1)).toEqual({ mode: 'push', url: `/${query({ stage: 'pilot' })}#q=size`, question: 'size' });
    answerUntilDone(session, ANSWERS);
    expect(navigations).toEqual([{ mode: 'assign', url: `${ORIGIN}/result/${query(ANSWERS)}` }]);
    // Back from the result lands on the last question, its answers in the URL.
    expect(entries.at(-1)).toEqual({ mode: 'replace', url: `/${query(ANSWERS)}#q=urgency`, question: 'urgency' });
  });

  it('saves progress at each step, and a reload resumes there', () => {
    const first = fakeWindow('/');
    const session = createQuizSession(() => siteHost(first.win, '/'));
    session.resume();
    session.answer('pilot');
    session.answer('startup');
    const reload = fakeWindow('/');
    reload.store.set(STORAGE_KEY, first.store.get(STORAGE_KEY)!);
    const again = createQuizSession(() => siteHost(reload.win, '/'));
    again.resume();
    expect(again.view()).toMatchObject({ question: 'predictive_roi', answers: { stage: 'pilot', size: 'startup' }, conflict: false });
  });

  it("forgets the saved answers and the founder's rates on \"start over\" (#restart)", () => {
    const { win, store } = fakeWindow('/#restart');
    store.set(STORAGE_KEY, JSON.stringify({ version: 1, query: 'stage=pilot' }));
    store.set('hire-order:rates', JSON.stringify({ v: 1, currency: 'EUR', roles: {} }));
    store.set('unrelated', 'kept');
    createQuizSession(() => siteHost(win, '/')).resume();
    expect(store.has('hire-order:rates')).toBe(false);
    expect(store.get(STORAGE_KEY) ?? '').not.toContain('stage=pilot');
    expect(store.get('unrelated')).toBe('kept');
  });

  it('reopens the question of the history entry Back moves to, keeping the newest answers', () => {
    const { win, popTo } = fakeWindow('/');
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    session.answer('pilot');
    session.answer('startup');
    popTo('/?stage=pilot#q=size', 'size');
    expect(session.view()).toMatchObject({ question: 'size', answers: { stage: 'pilot', size: 'startup' } });
  });

  it("skips the sender's answers, counts only the questions asked, and keeps them the sender's to the result", () => {
    const sent = { stage: ANSWERS.stage, size: ANSWERS.size };
    const { win, navigations } = fakeWindow(`/${query(sent)}&from=Ana`);
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    const view = session.view();
    expect(view).toMatchObject({ question: 'predictive_roi', setBySender: ['stage', 'size'], sender: { from: 'Ana' }, canGoBack: false });
    expect(view.progress).toEqual({ step: 1, total: questionPath(ANSWERS).length - 2 + 1 }); // data_sufficiency may still be asked
    answerUntilDone(session, ANSWERS);
    expect(navigations.at(-1)!.url).toBe(`${ORIGIN}/result/${query(ANSWERS)}&from=Ana&sent=stage,size`);
  });

  it('keeps an older link\'s v= in every step and the result link, so the result still says the rules changed', () => {
    const { win, entries, navigations } = fakeWindow(`/?stage=pilot&v=1`);
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    expect(session.view().problems.map((problem) => problem.kind)).toEqual(['old-version']);
    expect(entries.at(-1)!.url).toMatch(/[?&]v=1(&|#)/);
    answerUntilDone(session, ANSWERS);
    const result = new URL(navigations.at(-1)!.url);
    expect(result.pathname).toBe('/result/');
    expect(result.searchParams.getAll('v')).toEqual(['1']);
  });

  it('starts over for another company: answers and rates gone from the page and the device, the sender kept', () => {
    const { win, entries, store } = fakeWindow(`/?stage=pilot&size=startup&from=Ana#q=predictive_roi`);
    store.set('hire-order:rates', '{"ai-engineer":100}');
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    session.answer('no');
    expect(store.get(STORAGE_KEY)).toContain('stage=pilot');
    session.startOver();
    expect(session.view()).toMatchObject({ question: 'stage', answers: {}, setBySender: [], sender: { from: 'Ana' }, canGoBack: false });
    expect(store.has(STORAGE_KEY) && store.get(STORAGE_KEY)!.includes('stage=')).toBe(false);
    expect(store.has('hire-order:rates')).toBe(false);
    const url = new URL(entries.at(-1)!.url, ORIGIN);
    expect([...url.searchParams.keys()].filter((name) => name !== 'v')).toEqual(['from']);
    expect(url.hash).toBe('#q=stage');
  });

  it("lets the visitor change an answer the sender set: it is theirs from then on, and counted", () => {
    const { win, navigations } = fakeWindow(`/${query({ stage: ANSWERS.stage, size: ANSWERS.size })}`);
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    const total = session.view().progress.total;
    session.change('size');
    expect(session.view()).toMatchObject({ question: 'size', setBySender: ['stage'], progress: { step: 1, total: total + 1 } });
    answerUntilDone(session, ANSWERS);
    expect(navigations.at(-1)!.url).toBe(`${ORIGIN}/result/${query(ANSWERS)}&sent=stage`);
  });

  it('asks once when a link differs from saved progress: the link by default, the saved progress on request', () => {
    const saved = { stage: 'production', size: 'enterprise', predictive_roi: 'no' } as const;
    const { win, store, entries } = fakeWindow('/?stage=pilot');
    writeProgress(() => win.localStorage, { answers: saved, at: 'integration_speed' });
    const before = store.get(STORAGE_KEY);
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    expect(session.view()).toMatchObject({ question: 'size', answers: { stage: 'pilot' }, conflict: true });
    expect(store.get(STORAGE_KEY)).toBe(before); // not overwritten while the visitor may keep it
    session.keepSaved();
    expect(session.view()).toMatchObject({ question: 'integration_speed', answers: saved, conflict: false });
    expect(entries.at(-1)!.url).toBe(`/${query(saved)}#q=integration_speed`);
  });

  it('replaces saved progress with the link once the visitor chooses it, or answers on', () => {
    for (const choose of [(s: QuizSession) => s.useLink(), (s: QuizSession) => s.answer('startup')]) {
      const { win, store } = fakeWindow('/?stage=pilot');
      writeProgress(() => win.localStorage, { answers: { stage: 'production' }, at: 'size' });
      const session = createQuizSession(() => siteHost(win, '/'));
      session.resume();
      choose(session);
      expect(session.view().conflict).toBe(false);
      expect(JSON.parse(store.get(STORAGE_KEY)!).query).toMatch(/^stage=pilot/);
    }
  });

  it('never reopens unrelated saved progress behind a link with problems', () => {
    const { win } = fakeWindow('/?stage=space&robots=1');
    writeProgress(() => win.localStorage, { answers: { stage: 'production', size: 'enterprise' }, at: 'predictive_roi' });
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    expect(session.view()).toMatchObject({ question: 'stage', answers: {} });
    expect(session.view().problems.map((problem) => problem.parameter)).toEqual(['stage', 'robots']);
  });

  it('offers "Update my plan" when entered from a result, and it goes straight back to the result', () => {
    const { win, navigations } = fakeWindow(`/${query(ANSWERS)}#q=size`);
    const session = createQuizSession(() => siteHost(win, '/'));
    session.resume();
    expect(session.view()).toMatchObject({ question: 'size', offersUpdate: true });
    session.update('growth');
    expect(navigations.at(-1)!.url).toBe(`${ORIGIN}/result/${query({ ...ANSWERS, size: 'growth' })}`);
  });
});

/** A frame's window inside `parent`: the site's fake window plus what embed-events.ts uses. */
function fakeFrame(path: string) {
  const site = fakeWindow(path);
  const posted: unknown[] = [];
  const main = { getBoundingClientRect: () => ({ bottom: 640 }), firstElementChild: null };
  const frameWin = Object.assign(site.win, {
    parent: { postMessage: (message: unknown) => posted.push(message) },
    document: { querySelector: () => main, body: main, addEventListener() {}, location: site.win.location, getElementById: () => null },
    scrollY: 0,
    setTimeout: (work: () => void) => { work(); return 0; },
    ResizeObserver: class { observe() {} },
    IntersectionObserver: class { observe() {} },
  }) as unknown as HostWindow & FrameWindow;
  return { ...site, win: frameWin, posted };
}

const hireOrderOf = () => ['ai-engineer' as const];

describe('the embed host (/embed/)', () => {
  it("stays out of the host page's history, keeps its options, and tells the host page each step", async () => {
    const { win, entries, navigations } = fakeFrame('/embed/?theme=dark&embed_id=a1');
    const shown: EmbedEvent[] = [];
    const frame = { announce: () => shown.push({ type: 'ready' }), shown: (event: EmbedEvent) => shown.push(event) };
    const session = createQuizSession(() => embedHost(win, '/', { hireOrderOf, frame }));
    session.resume();
    session.answer('pilot');
    expect(entries.every((entry) => entry.mode === 'replace')).toBe(true);
    expect(entries.at(-1)!.url).toBe(`/embed/${query({ stage: 'pilot' })}&sent=&theme=dark&embed_id=a1`);
    answerUntilDone(session, ANSWERS);
    expect(navigations).toEqual([]); // the result is shown in the frame
    expect(session.view().result).toEqual(ANSWERS);
    await Promise.resolve(); // the result's code loads first
    expect(shown[0]).toEqual({ type: 'ready' });
    expect(shown.slice(1, 3)).toEqual([{ type: 'step', question: 'stage' }, { type: 'step', question: 'size' }]);
    expect(shown.at(-1)).toEqual({ type: 'result', roles: ['ai-engineer'], url: `${ORIGIN}/result/${query(ANSWERS)}` });
  });

  it("posts the contract's messages to the parent, and WordPress's too when its secret is in the fragment", () => {
    const { win, posted, entries } = fakeFrame('/embed/?stage=pilot#?secret=a1B2c3D4e5');
    const session = createQuizSession(() => embedHost(win, '/', { hireOrderOf, frame: embedFrame(win) }));
    session.resume();
    session.answer('startup');
    expect(posted).toContainEqual({ source: 'hire-order', type: 'ready', embedId: undefined });
    expect(posted).toContainEqual({ source: 'hire-order', type: 'step', question: 'predictive_roi', embedId: undefined });
    expect(posted).toContainEqual({ message: 'height', value: 640, secret: 'a1B2c3D4e5' });
    // The secret stays in the frame's fragment at every step, so WordPress keeps hearing.
    expect(entries.at(-1)!.url).toMatch(/#\?secret=a1B2c3D4e5$/);
  });
});
