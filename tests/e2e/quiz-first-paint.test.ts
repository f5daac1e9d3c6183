/**
 * The quiz before and while its island takes over, made deterministic: the island's code
 * (/_astro/*.js, and the embed's /embed/quiz.js) is held back by a route gate and the page's clock is paused, so each test
 * looks at chosen moments (before the code arrives, hydrated but with no effect run yet,
 * after) instead of sweeping timings on a throttled CPU. A link or saved progress never shows
 * another question first and nothing shifts; a first tap counts whenever it comes; a link that
 * differs from saved progress asks once; and on a 390x844 screen Next is in view at every step.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath, type QuestionId } from '../../src/engine/answers.ts';
import { STORAGE_KEY } from '../../src/session/progress-store.ts';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { answerStep, readQuiz, waitForNextStep, waitForQuiz } from '../helpers/quiz-driver.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** What a held page reports from its first byte, over every document it loads. */
interface Watched {
  /** The questions shown (visible, not behind the placeholder), each time the one shown changed. */
  seen: string[];
  /** Layout shifts without recent input, described. */
  shifts: string[];
}

/**
 * Runs in the page before anything else: after every change to the document, which question
 * is shown (stricter than a paint: a state no frame would show still counts), and every layout
 * shift, reported to the test through bindings so a redirect loses nothing.
 */
function watchQuestions() {
  const report = window as unknown as { __shown(question: string): void; __shifted(shift: string): void };
  let last = '';
  const look = () => {
    const step = document.querySelector('[data-question]');
    const shown = step?.checkVisibility({ visibilityProperty: true }) ? step.getAttribute('data-question')! : '';
    if (shown && shown !== last) report.__shown(shown);
    last = shown || last;
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
  const describe = (node: Node | null | undefined) => (node instanceof Element ? `${node.localName}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : String(node?.nodeName ?? '?'));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (!entry.hadRecentInput) report.__shifted(`${entry.value.toFixed(3)} on ${location.pathname}: ${(entry.sources ?? []).map((source) => describe(source.node)).join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  try { sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') ?? 0) + 1)); } catch { /* no storage */ }
}

/** A page opened held (see `heldVisitors`). */
interface HeldPage {
  page: Page;
  /** What the page reported up to now (a round trip first, so every report sent before it has arrived). */
  seenSoFar(): Promise<string[]>;
  /** Layout shifts reported so far. */
  shifts(): string[];
  /** Lets the island's code through and waits until it has hydrated (its effects still wait for the clock). */
  hydrate(): Promise<void>;
  /** Lets time flow again: the island resumes the session. */
  resume(): Promise<void>;
}

/**
 * Visitors on a phone-sized screen, one context for all of them (set up once: it takes a
 * second), each visitor a new page, that is a new tab: storage as a first visit finds it
 * (wiped before any page script runs, or seeded with `saved` as this device's progress). Each
 * page opens held: the island's code waits at a route gate and the clock is paused (so
 * Preact's effects, which wait for a frame and a timer, do not run) until the test says.
 */
async function heldVisitors(saved?: { query: string; at: QuestionId }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  let watched: Watched = { seen: [], shifts: [] };
  await context.exposeFunction('__shown', (question: string) => { watched.seen.push(question); });
  await context.exposeFunction('__shifted', (shift: string) => { watched.shifts.push(shift); });
  await context.addInitScript(([key, value]) => {
    try {
      if (sessionStorage.getItem('seeded') !== null) return;
      localStorage.clear();
      if (value) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', 'yes');
    } catch { /* about:blank has no storage */ }
  }, [STORAGE_KEY, saved ? JSON.stringify({ version: 1, ...saved }) : ''] as const);
  await context.addInitScript(watchQuestions);
  let gate: Promise<void> = Promise.resolve();
  await context.route(/\/(_astro\/.*|embed\/(quiz|result))\.js(\?.*)?$/, async (route) => { await gate; await route.continue(); });
  let time = new Date('2026-01-05T09:00:00Z').getTime();
  await context.clock.install({ time });
  let page: Page | undefined;

  /** A new visitor's page, held, ready to open a link. */
  async function visit(): Promise<HeldPage> {
    await page?.close();
    watched = { seen: [], shifts: [] };
    let release!: () => void;
    gate = new Promise<void>((open) => { release = open; });
    time += 60_000;
    await context.clock.pauseAt(time);
    const held = await context.newPage();
    page = held;
    const hydrated = () => expect.poll(() => held.evaluate(() => document.querySelector('astro-island, [data-props]') !== null && document.querySelector('astro-island[ssr], [data-hydrating]') === null), { timeout: 20_000 }).toBe(true);
    const seen = watched;
    return {
      page: held,
      seenSoFar: async () => { await held.evaluate(() => 0); return [...seen.seen]; },
      shifts: () => [...seen.shifts],
      hydrate: async () => { release(); await hydrated(); },
      resume: async () => { release(); await hydrated(); await context.clock.resume(); },
    };
  }
  return { visit, close: () => context.close() };
}

// ---------------------------------------------------------------------------------------------
// Links and the question each opens, restated from contract.md ("Answers in URLs") and
// domain.md ("Questions"): a prefill opens at the first unanswered question of its path;
// `#q=` opens that question when it is on the path and not past the first unanswered one
// (else the first unanswered); complete answers go to the result (the embed shows it in
// place); a bad value, a question that does not apply, an unknown parameter, a sender's
// note or an unknown version is ignored. FULL is a pilot with a predictive task and no data:
// its path is all ten questions. One link of each kind: which question every request opens is
// proved over the whole table in tests/unit/opening.test.ts and url.test.ts; here, that the page
// shows it from its first paint, before its code runs, and never another.

const FULL = 'stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=no&integration_speed=yes&agentic=yes&production_soon=no&regulated=no&have=none&urgency=quarter';
const LINKS: [link: string, opens: QuestionId | 'result'][] = [
  ['/?stage=pilot', 'size'],
  ['/?stage=pilot&size=startup&predictive_roi=yes', 'data_sufficiency'], // a conditional question its answers call for
  ['/?stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=no&v=2', 'integration_speed'],
  ['/?stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=no&integration_speed=yes&agentic=yes', 'production_soon'],
  ['/?stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=no&integration_speed=yes&agentic=yes&production_soon=no&regulated=no&have=none&v=2', 'urgency'],
  [`/?${FULL}&v=2`, 'result'],
  // At scale neither conditional question is asked: eight answers are complete.
  ['/?stage=scale&size=startup&predictive_roi=no&integration_speed=yes&agentic=yes&regulated=no&have=none&urgency=quarter', 'result'],
  [`/?${FULL}#q=size`, 'size'],
  [`/?${FULL}#q=have`, 'have'],
  ['/?stage=pilot&size=startup&predictive_roi=yes#q=urgency', 'data_sufficiency'], // past the first gap
  ['/?stage=space', 'stage'],
  ['/?stage=pilot&robots=1&utm_source=x', 'size'],
  ['/?stage=pilot&data_sufficiency=yes', 'size'], // data_sufficiency does not apply before predictive_roi=yes
  ['/?stage=%3Cscript%3E&size=startup', 'stage'],
  ['/?v=99&stage=pilot&size=startup', 'predictive_roi'],
  ['/?have=software,bogus&stage=production', 'size'],
  ['/?from=Ana&note=hi', 'stage'],
  ['/embed/?stage=pilot&size=startup&theme=dark', 'predictive_roi'],
  [`/embed/?${FULL}#q=regulated`, 'regulated'],
];

/** Opens `link` held, looks at it before its code, hydrated and resumed: what went wrong, or null. */
async function firstPaintProblem(visitor: HeldPage, link: string, opens: QuestionId | 'result'): Promise<string | null> {
  const { page } = visitor;
  const problems: string[] = [];
  // Not the load event: the embed's classic script, held at the gate, delays it.
  await page.goto(siteUrl(link), { waitUntil: 'domcontentloaded' });
  const held = await visitor.seenSoFar();
  await visitor.hydrate();
  const hydrated = await visitor.seenSoFar();
  await visitor.resume();
  if (opens === 'result') await page.waitForURL((url) => url.pathname.endsWith('/result/'));
  else if ((await waitForQuiz(page)) !== opens) problems.push(`opened at ${(await readQuiz(page)).question}`);
  const seen = await visitor.seenSoFar();
  for (const [moment, shown] of [['before its code', held], ['hydrated', hydrated]] as const) {
    if (shown.some((question) => question !== opens)) problems.push(`${moment}: showed ${shown.join(' then ')}`);
  }
  const wanted = opens === 'result' ? [] : [opens];
  if (JSON.stringify(seen) !== JSON.stringify(wanted)) problems.push(`showed ${seen.join(' then ') || 'no question'}, wanted ${wanted.join() || 'none'}`);
  if (visitor.shifts().length > 0) problems.push(`layout shifts: ${visitor.shifts().join('; ')}`);
  return problems.length > 0 ? `${link}: ${problems.join('; ')}` : null;
}

describe('held pages of first-time visitors', () => {
  let visitors: Awaited<ReturnType<typeof heldVisitors>>;
  beforeAll(async () => { visitors = await heldVisitors(); });
  afterAll(async () => { await visitors?.close(); });

  it(`show only the question a link opens, before its code, hydrated and after, and nothing moves, for ${LINKS.length} links`, async () => {
    const wrong: string[] = [];
    for (const [link, opens] of LINKS) {
      const problem = await firstPaintProblem(await visitors.visit(), link, opens);
      if (problem) wrong.push(problem);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  type Moment = 'before its code' | 'hydrated' | 'after';
  const MOMENTS: Moment[] = ['before its code', 'hydrated', 'after'];
  // When the option is tapped and when Next is: every pair in order.
  const TAPS = MOMENTS.flatMap((option, index) => MOMENTS.slice(index).map((next) => ({ option, next })));

  it.each(TAPS)('choose the option tapped $option and move on with Next tapped $next, in one document', async ({ option, next }) => {
    const visitor = await visitors.visit();
    const { page } = visitor;
    await page.goto(siteUrl('/'));
    const [at, nextAt] = await Promise.all([
      page.locator('[data-question="stage"] input[value="pilot"]').boundingBox(),
      page.locator('[data-question="stage"] [data-action="next"]').boundingBox(),
    ]);
    // Taps where a finger would land, without waiting for the page to settle first.
    const tap = (box: typeof at) => page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    for (const moment of MOMENTS) {
      if (moment === 'hydrated') await visitor.hydrate();
      if (moment === 'after') {
        await visitor.resume();
        // Not moved on yet unless Next was tapped already (then the island replays it).
        if (next === 'after') expect(await waitForQuiz(page)).toBe('stage');
      }
      if (option === moment) await tap(at);
      if (next === moment) await tap(nextAt);
    }
    expect(await waitForNextStep(page, 'stage')).toBe('size');
    expect(new URL(page.url()).searchParams.get('stage')).toBe('pilot');
    // One document: an early Next must not submit the plain form and reload the page.
    expect(await page.evaluate(() => sessionStorage.getItem('loads'))).toBe('1');
  });
});

describe('a link and the progress saved on this device', () => {
  let visitors: Awaited<ReturnType<typeof heldVisitors>>;
  beforeAll(async () => { visitors = await heldVisitors({ query: 'stage=production&size=enterprise&predictive_roi=no&v=2', at: 'integration_speed' }); });
  afterAll(async () => { await visitors?.close(); });

  it.each(['keep-saved', 'use-link'] as const)('asks once, opens the link meanwhile, and %s does what it says', async (choice) => {
    const visitor = await visitors.visit();
    const { page } = visitor;
    await page.goto(siteUrl('/?stage=pilot'));
    await visitor.resume();
    await waitForQuiz(page);
    const prompt = page.locator('[data-choice="saved-or-link"]');
    expect(await prompt.isVisible()).toBe(true);
    expect((await readQuiz(page)).question).toBe('size');
    expect(await visitor.seenSoFar(), "nothing but the link's question shown meanwhile").toEqual(['size']);
    await prompt.locator(`[data-action="${choice}"]`).click();
    await expect.poll(() => prompt.count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await waitForQuiz(page);
    expect(await prompt.count(), 'asked once').toBe(0);
    const view = await readQuiz(page);
    const stage = new URL(page.url()).searchParams.get('stage');
    if (choice === 'keep-saved') expect({ question: view.question, stage }).toEqual({ question: 'integration_speed', stage: 'production' });
    else expect({ question: view.question, stage }).toEqual({ question: 'size', stage: 'pilot' });
  });

  it('never opens unrelated saved progress behind a link with problems', async () => {
    const visitor = await visitors.visit();
    const { page } = visitor;
    await page.goto(siteUrl('/?stage=space&robots=1'));
    await visitor.resume();
    await waitForQuiz(page);
    expect(await page.locator('[data-notice]').isVisible()).toBe(true);
    expect((await readQuiz(page)).question).toBe('stage');
    expect(new URL(page.url()).searchParams.get('size')).toBeNull();
    expect(await visitor.seenSoFar()).toEqual(['stage']);
  });
});

describe('on a 390x844 phone', () => {
  const answers = answersWith({ stage: 'pilot', predictive_roi: 'yes', data_sufficiency: 'no', have: ['software', 'data', 'product', 'ml'] });

  /** Where Next and Back are, and whether the intro is still shown. */
  const placeOf = (page: Page) => page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const next = rect('[data-action="next"]')!;
    const back = rect('[data-action="back"]');
    return { top: next.top, bottom: next.bottom, backLeftOfNext: back ? back.right <= next.left : true, lede: document.querySelector('.lede') !== null };
  });

  // `/` in both colour schemes, switched in place at each step; the embed in its light and dark themes.
  it.each([
    ['/', ['light', 'dark']], ['/embed/', ['light']], ['/embed/?theme=dark', ['dark']],
  ] as const)('keeps Next in view at every step on %s (%s), Back to its left, the intro folded after the first answer', async (path, schemes) => {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(siteUrl(path));
      await waitForQuiz(page);
      const misplaced: string[] = [];
      for (const question of questionPath(answers)) {
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          const place = await placeOf(page);
          if (place.top < 0 || place.bottom > 844 || !place.backLeftOfNext) misplaced.push(`${question} (${colorScheme}): ${JSON.stringify(place)}`);
          if (question !== 'stage' && place.lede) misplaced.push(`${question} (${colorScheme}): the intro is still shown`);
        }
        if (question !== 'urgency') expect(await answerStep(page, question, answers[question]!, { by: 'mouse' })).not.toBe(question);
      }
      expect(misplaced).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
