/**
 * The questionnaire at `/` in real Chromium against the built site: a founder answering by
 * mouse or keyboard only, going back, reloading, sharing and following links, and links or
 * saved progress that are broken or hostile. The engine is the oracle (`questionPath`,
 * `toQuery`, `recommend`); the page is read through contract.md's DOM hooks and what a
 * person sees (step count, title, focus, messages).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { possiblePath, questionPath, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { STORAGE_KEY } from '../../src/session/progress-store.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import {
  answerStep, answerSteps, chosenValue, expectResultOf, expectedHireOrder, goBackAStep, readQuiz, resultUrl, runQuiz,
  shownHireOrder, tabToOptions, waitForNextStep, waitForQuiz, type InputMethod,
} from '../helpers/quiz-driver.ts';

// ---------------------------------------------------------------------------------------------
// One browser for the file; a fresh context (fresh local storage) per test, every page watched.

let browser: Browser;
const contexts: BrowserContext[] = [];
const watched: { url: () => string; problems: ReturnType<typeof watchPage> }[] = [];

/** A new page in `context`, watched for console errors, dialogs and requests to other hosts. */
async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  watched.push({ url: () => page.url(), problems: watchPage(page) });
  return page;
}

/** A first-time visitor; `prepare` runs before any page of theirs loads (e.g. seeding storage). */
async function newVisitor(prepare?: (context: BrowserContext) => Promise<unknown>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  contexts.push(context);
  await prepare?.(context);
  return { context, page: await watchedPage(context) };
}

/** Opens `path` of the site as a new visitor and waits until the quiz is ready. */
async function openQuiz(path = '/', prepare?: (context: BrowserContext) => Promise<unknown>) {
  const visitor = await newVisitor(prepare);
  await visitor.page.goto(siteUrl(path));
  await waitForQuiz(visitor.page);
  return visitor;
}

/** The quiz link of `answers` (contract: `/?<answers>`), opened at `question` when given. */
const quizPath = (answers: Answers, question?: QuestionId) => `/?${toQuery(answers)}${question ? `#q=${question}` : ''}`;

/** What the page still shows after `answers` moves on from `question`, as QuizView.chosen. */
const chosenFor = (answers: Answers, question: QuestionId) => chosenValue(answers[question]);

beforeAll(async () => {
  browser = await connectBrowser();
});

// Across every test: no console error, page error, dialog or request to another host.
afterEach(async () => {
  const seen = watched.splice(0).map(({ url, problems }) => ({ url: url(), ...problems }));
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  for (const { url, ...problems } of seen) {
    expect(problems, url).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] });
  }
});

afterAll(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------
// One answer set along each branch of the tree (domain.md "Questions"): the data question
// alone, the production question alone, neither; through both is smoke.test.ts's.

const RUNS: { name: string; by: InputMethod; answers: Answers }[] = [
  {
    name: 'a regulated enterprise at scale with a predictive task but not the data, several in-house',
    by: 'keyboard',
    answers: answersWith({ stage: 'scale', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'no', regulated: 'yes', have: ['software', 'data', 'devops', 'ai'], urgency: 'weeks' }),
  },
  {
    name: 'a pilot startup with no predictive task heading to production, nobody in-house',
    by: 'keyboard',
    answers: answersWith({ production_soon: 'yes', have: [] }),
  },
  {
    name: 'a growth company in production with no predictive task, several in-house',
    by: 'mouse',
    answers: answersWith({ stage: 'production', size: 'growth', agentic: 'unsure', have: ['software', 'product', 'design'], urgency: 'flexible' }),
  },
];

// ---------------------------------------------------------------------------------------------

describe('answering every question', () => {
  it.each(RUNS)('takes $name, by $by, along its path to its share link and hire order', async ({ by, answers }) => {
    const { context, page } = await openQuiz();
    const seen = await runQuiz(page, answers, by);

    expect(seen).toEqual(questionPath(answers));
    expect(seen.includes('data_sufficiency'), 'data question shown only after a predictive task').toBe(answers.predictive_roi === 'yes');
    expect(seen.includes('production_soon'), 'production question shown only before production').toBe(['exploring', 'pilot'].includes(answers.stage!));
    const shown = await expectResultOf(page, answers);

    // The link is the result: opening it afresh shows the same hire order.
    const direct = await watchedPage(context);
    await direct.goto(resultUrl(answers));
    expect(await shownHireOrder(direct)).toEqual(shown);
  });
});

describe('by keyboard', () => {
  it('moves focus to each new question, retitles the page and counts the steps of the path taken', async () => {
    const answers = answersWith({ predictive_roi: 'yes', data_sufficiency: 'no', have: ['software', 'product'] });
    const { page } = await openQuiz();
    const titles: string[] = [];
    const totals: Partial<Record<QuestionId, number>> = {};
    let soFar: Answers = {};

    for (const question of questionPath(answers)) {
      const view = await readQuiz(page);
      const path = questionPath(soFar);
      expect(view.question).toBe(question);
      // Of the questions still possible: the count only falls as answers rule questions out.
      expect(view.step, question).toEqual({ step: path.indexOf(question) + 1, total: possiblePath(soFar).length });
      if (question !== 'stage') expect(view.focus, `focus on arriving at ${question}`).toBe('heading');
      titles.push(view.title);
      totals[question] = view.step.total;
      await answerStep(page, question, answers[question]!, { by: 'keyboard' });
      soFar = { ...soFar, [question]: answers[question] };
    }

    expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length);
    expect(totals.size, 'after stage=pilot').toBe(10);
    expect(totals.data_sufficiency, 'after predictive_roi=yes').toBe(10);
    expect(totals.urgency, 'at the last question').toBe(10);
    await expectResultOf(page, answers);
  });

  it('says to choose an answer when Enter is pressed with none chosen, and stays', async () => {
    const { page } = await openQuiz();
    const before = page.url();
    await tabToOptions(page, 'stage');
    await page.keyboard.press('Enter');

    const view = await readQuiz(page);
    expect(view.question).toBe('stage');
    expect(view.chosen).toBeNull();
    expect(view.errors).toHaveLength(1);
    expect(page.url()).toBe(before);

    // Arrow to an answer and Enter on the radio moves on.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await waitForNextStep(page, 'stage')).toBe('size');
    expect((await readQuiz(page)).errors).toEqual([]);
  });

  it('says to tick someone or "none of these" when Enter is pressed on an unticked in-house list', async () => {
    const answers = answersWith({ have: ['data'] });
    const { urgency: _, have: __, ...upToHave } = answers;
    const { page } = await openQuiz(quizPath(upToHave));
    expect((await readQuiz(page)).question).toBe('have');
    await tabToOptions(page, 'have');
    await page.keyboard.press('Enter');

    const view = await readQuiz(page);
    expect(view.question).toBe('have');
    expect(view.errors).toHaveLength(1);

    expect(await answerStep(page, 'have', ['data'], { by: 'keyboard' })).toBe('urgency');
  });
});

describe('the Back button', () => {
  it('shows earlier answers checked two steps back, and later ones again going forward', async () => {
    const answers = answersWith({ size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no' });
    const { page } = await openQuiz();
    expect(await answerSteps(page, answers, 4)).toBe('integration_speed');

    expect(await goBackAStep(page)).toBe('data_sufficiency');
    expect(await goBackAStep(page)).toBe('predictive_roi');
    expect((await readQuiz(page)).chosen).toBe('yes');

    await page.locator('[data-action="next"]').click();
    expect(await waitForNextStep(page, 'predictive_roi')).toBe('data_sufficiency');
    expect((await readQuiz(page)).chosen).toBe('no');
    await page.locator('[data-action="next"]').click();
    expect(await waitForNextStep(page, 'data_sufficiency')).toBe('integration_speed');
  });

  it('drops the data answer when predictive_roi changes from yes to no, says so, and skips that question', async () => {
    const before = answersWith({ predictive_roi: 'yes', data_sufficiency: 'yes' });
    const after = answersWith({ predictive_roi: 'no' });
    const { page } = await openQuiz();
    expect(await answerSteps(page, before, 4)).toBe('integration_speed');
    await goBackAStep(page);
    await goBackAStep(page);

    expect(await answerStep(page, 'predictive_roi', 'no', { by: 'mouse' })).toBe('integration_speed');
    const notice = page.getByRole('status').filter({ hasText: /removed/i });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/no longer need/i);
    expect((await readQuiz(page)).step).toEqual({ step: 4, total: questionPath(after).length });

    expect(await goBackAStep(page)).toBe('predictive_roi');
    await page.locator('[data-action="next"]').click();
    await waitForNextStep(page, 'predictive_roi');
    const seen = await runQuiz(page, after, 'mouse');
    expect(seen).not.toContain('data_sufficiency');
    await expectResultOf(page, after);
  });
});

describe('reloading and coming back', () => {
  const answers = answersWith({ stage: 'production', size: 'enterprise', agentic: 'no', have: ['data'] });

  it('resumes a reloaded quiz at the same question with the same answers checked', async () => {
    const { page } = await openQuiz();
    await answerSteps(page, answers, 5);
    const question = await goBackAStep(page);
    const before = await readQuiz(page);
    expect(before.chosen).toEqual(chosenFor(answers, question));

    await page.reload();
    await waitForQuiz(page);
    const after = await readQuiz(page);
    expect({ question: after.question, chosen: after.chosen, step: after.step }).toEqual({ question, chosen: before.chosen, step: before.step });
    const earlier = await goBackAStep(page);
    expect((await readQuiz(page)).chosen).toEqual(chosenFor(answers, earlier));
  });

  it('resumes where the visitor left off when they open the questionnaire again on this device', async () => {
    const { page } = await openQuiz();
    const question = await answerSteps(page, answers, 3);

    await page.goto(siteUrl('/'));
    expect(await waitForQuiz(page)).toBe(question);
    await runQuiz(page, answers, 'mouse');
    await expectResultOf(page, answers);
  });
});

describe('the browser Back and Forward buttons', () => {
  const answers = answersWith({ have: ['software', 'design'], urgency: 'flexible' });

  it('move between questions keeping the answers', async () => {
    const { page } = await openQuiz();
    expect(await answerSteps(page, answers, 3)).toBe('integration_speed');

    await page.goBack();
    expect(await waitForNextStep(page, 'integration_speed')).toBe('predictive_roi');
    expect((await readQuiz(page)).chosen).toBe(answers.predictive_roi);
    await page.goBack();
    expect(await waitForNextStep(page, 'predictive_roi')).toBe('size');
    expect((await readQuiz(page)).chosen).toBe(answers.size);
    await page.goForward();
    expect(await waitForNextStep(page, 'size')).toBe('predictive_roi');
    await page.goForward();
    expect(await waitForNextStep(page, 'predictive_roi')).toBe('integration_speed');
  });

  it('return from the result to the last question with the answers kept', async () => {
    const { page } = await openQuiz();
    await runQuiz(page, answers, 'mouse');
    await expectResultOf(page, answers);

    await page.goBack();
    expect(await waitForQuiz(page)).toBe('urgency');
    expect((await readQuiz(page)).chosen).toBe(answers.urgency);
    expect(await goBackAStep(page)).toBe('have');
    expect((await readQuiz(page)).chosen).toEqual(answers.have);
  });
});

describe('a link with answers', () => {
  it("opens at the first unanswered question, counts only the questions left to ask, and lets the sender's answers be changed", async () => {
    const { page } = await openQuiz('/?stage=pilot&size=startup&from=Ana%20at%20Acme&note=%3Cb%3EHi%3C%2Fb%3E');
    const view = await readQuiz(page);
    expect(view.question).toBe('predictive_roi');
    expect(view.step).toEqual({ step: 1, total: possiblePath({ stage: 'pilot', size: 'startup' }).length - 2 });
    expect(await page.locator('[data-notice]').count()).toBe(0);
    const note = page.locator('[data-sender]');
    expect(await note.innerText()).toMatch(/2 answers filled in for you by Ana at Acme[\s\S]*<b>Hi<\/b>/);
    expect(await note.locator('b').count(), 'the note is text, never markup').toBe(0);
    expect(await page.locator('[data-set-by-sender]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-set-by-sender')))).toEqual(['stage', 'size']);
    expect(await page.locator('[data-action="back"]').count(), 'nothing asked before this question').toBe(0);

    await page.locator('[data-set-by-sender="size"] button').click();
    expect(await waitForNextStep(page, 'predictive_roi')).toBe('size');
    expect((await readQuiz(page)).chosen).toBe('startup');
  });

  it('with every answer lands on the result', async () => {
    const answers = RUNS[0]!.answers;
    const { page } = await newVisitor();
    await page.goto(siteUrl(quizPath(answers)));
    await expectResultOf(page, answers, `sent=${questionPath(answers).join(',')}`);
  });

  it('naming a question with #q= opens that question with its answer checked', async () => {
    const answers = RUNS[0]!.answers;
    const { page } = await openQuiz(quizPath(answers, 'regulated'));
    const view = await readQuiz(page);
    expect(view.question).toBe('regulated');
    expect(view.chosen).toBe(answers.regulated);
    await page.locator('[data-action="next"]').click();
    expect(await waitForNextStep(page, 'regulated')).toBe('have');
    expect((await readQuiz(page)).chosen).toEqual(answers.have);
  });
});

describe('changing an answer from the result', () => {
  it('opens the what-if panel at the question from "Your answers", and the new answers give the new result in place', async () => {
    const before = answersWith({ stage: 'production', size: 'growth' });
    const after = answersWith({ stage: 'pilot', size: 'growth', production_soon: 'yes' });
    expect(expectedHireOrder(after)).not.toEqual(expectedHireOrder(before));
    const { page } = await newVisitor();
    await page.goto(resultUrl(before));
    await shownHireOrder(page);

    const yourAnswers = page.locator('section', { has: page.getByRole('heading', { name: 'Your answers' }) });
    await yourAnswers.locator('a[href$="#q=stage"]', { hasText: 'Change' }).click();
    const panel = page.locator('[data-what-if]');
    await expect.poll(() => panel.evaluate((details) => (details as HTMLDetailsElement).open), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), { timeout: 10_000 }).toBe('stage');

    await panel.locator('input[name="stage"][value="pilot"]').check();
    await panel.locator('input[name="production_soon"][value="yes"]').check();
    await expectResultOf(page, after);
    expect(page.url()).toBe(resultUrl(after));
  });

  it('opens the what-if panel from a "because you answered" link, and the new answers give the new result', async () => {
    const before = answersWith({ stage: 'production', regulated: 'yes' });
    const after = answersWith({ stage: 'production', regulated: 'no' });
    expect(expectedHireOrder(after)).not.toEqual(expectedHireOrder(before));
    const { page } = await newVisitor();
    await page.goto(resultUrl(before));
    await shownHireOrder(page);

    const link = page.locator('[data-hire-order] .because a[href$="#q=regulated"]').first();
    await link.evaluate((a) => a.closest('details')?.setAttribute('open', ''));
    await link.click();
    const panel = page.locator('[data-what-if]');
    await panel.locator('input[name="regulated"][value="no"]').check();
    await expectResultOf(page, after);
    await expect.poll(() => panel.locator('[aria-live]').textContent()).toContain('Domain expert');
  });
});

// ---------------------------------------------------------------------------------------------
// Broken and hostile input: nothing runs, each problem is named, the quiz still works.

const PWN = 'window.__pwned=1';
const encode = encodeURIComponent;

/** Whether a payload ran or left anything executable in the page. Runs in the browser. */
function hostileTrace(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.localName === 'script' && /__pwned|alert\(/.test(el.textContent ?? '')) found.push('a <script> with a payload');
      if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('an injected <img>');
      for (const attr of Array.from(el.attributes)) {
        // The notice may keep a parameter's name in a data attribute: text, never markup.
        if (attr.name === 'data-parameter' && el.closest('[data-notice]')) continue;
        if (/^on/i.test(attr.name) || /__pwned|alert\(/.test(attr.value)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    return { pwned: (window as { __pwned?: unknown }).__pwned, found };
  });
}

/** `sent`: the link's answers that survive, still the sender's on the result. */
const BAD_LINKS: { name: string; query: string; ignored: string[]; opensAt: QuestionId; sent: string }[] = [
  {
    name: 'script and HTML as they are, in a value and a name',
    query: `stage=<script>${PWN}</script>&<img src=x onerror=${PWN}>=1&size=startup`,
    ignored: ['stage', '<img src'], // the name ends at its first "="
    opensAt: 'stage',
    sent: 'sent=size',
  },
  {
    name: 'script and HTML percent-encoded, in a value and a name',
    query: `stage=${encode(`<script>${PWN}</script>`)}&${encode(`<img src=x onerror=${PWN}>`)}=1&size=startup`,
    ignored: ['stage', `<img src=x onerror=${PWN}>`],
    opensAt: 'stage',
    sent: 'sent=size',
  },
  {
    name: 'HTML encoded twice in a name, and markup closing an attribute in a value',
    query: `stage=pilot&size=startup&${encode(encode(`<svg onload=${PWN}>`))}=1&predictive_roi=${encode(`"><img src=x onerror=${PWN}>`)}`,
    ignored: [encode(`<svg onload=${PWN}>`), 'predictive_roi'],
    opensAt: 'predictive_roi',
    sent: 'sent=stage,size',
  },
];

describe('a bad link', () => {
  it.each(BAD_LINKS)('with $name runs nothing, names what it ignored and still works', async ({ query, ignored, opensAt, sent }) => {
    const { page } = await openQuiz(`/?${query}`);
    expect(await hostileTrace(page)).toEqual({ pwned: undefined, found: [] });

    const notice = page.locator('[data-notice]');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.innerText();
    for (const parameter of ignored) expect(text).toContain(parameter);

    expect((await readQuiz(page)).question).toBe(opensAt);
    const answers = answersWith({});
    // The link's surviving answers are the sender's: skipped, so answer what is asked.
    for (let shown = (await readQuiz(page)).question as QuestionId | 'result'; shown !== 'result';) {
      expect(sent, `${shown} was set by the link`).not.toMatch(new RegExp(`[=,]${shown}(,|$)`));
      shown = await answerStep(page, shown, answers[shown]!, { by: 'mouse' });
    }
    await expectResultOf(page, answers, sent);
  });

  // contract.md, `v=`: an older version's notice is carried into the result link (its v= kept);
  // a version we do not know is no version, so the result link carries today's.
  it.each([
    ['an older rules version says the rules changed', `v=${MODEL_VERSION - 1}`, /earlier version of our recommendation rules/, `v=${MODEL_VERSION - 1}`],
    ['an unknown rules version names v', 'v=99', /“v=99”: that is not a rules version we know/, `v=${MODEL_VERSION}`],
  ])('with %s, and still works', async (_, version, message, resultVersion) => {
    const { page } = await openQuiz(`/?stage=pilot&${version}`);
    const notice = page.locator('[data-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(message);

    expect((await readQuiz(page)).question).toBe('size');
    const answers = answersWith({});
    await runQuiz(page, answers, 'mouse');
    await page.waitForURL((url) => url.pathname.endsWith('/result/'));
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(resultUrl(answers, 'sent=stage').replace(`v=${MODEL_VERSION}`, resultVersion));
    await expect.poll(() => shownHireOrder(page), { timeout: 10_000 }).toEqual(expectedHireOrder(answers));
  });
});

/** Puts `value` in this device's saved progress before the first page loads (once per tab). */
const withSavedProgress = (value: string) => (context: BrowserContext) =>
  context.addInitScript(([key, saved]) => {
    try {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, saved);
        sessionStorage.setItem('seeded', 'yes');
      }
    } catch { /* about:blank has no storage */ }
  }, [STORAGE_KEY, value] as const);

const SAVED: { name: string; saved: string; unreadable: boolean }[] = [
  { name: 'is not JSON', saved: '{not json', unreadable: true },
  { name: 'comes from another version', saved: '{"version":99}', unreadable: true },
  {
    name: 'holds a hostile query',
    saved: JSON.stringify({ version: 1, query: 'stage=<img src=x onerror=alert(1)>&size=startup', at: 'size' }),
    unreadable: false,
  },
];

describe('saved progress', () => {
  it.each(SAVED)('that $name never breaks the quiz or runs anything', async ({ saved, unreadable }) => {
    const { page } = await openQuiz('/', withSavedProgress(saved));
    expect(await hostileTrace(page)).toEqual({ pwned: undefined, found: [] });
    expect((await readQuiz(page)).question).toBe('stage');

    const couldNotRestore = page.getByRole('status').filter({ hasText: /could not|couldn.t/i });
    expect(await couldNotRestore.count()).toBe(unreadable ? 1 : 0);
    if (unreadable) expect((await couldNotRestore.innerText()).length).toBeLessThan(160);

    const answers = answersWith({});
    await runQuiz(page, answers, 'mouse');
    await expectResultOf(page, answers);
  });

  it('in storage that refuses every use still lets the quiz run, with the answers in the URL', async () => {
    const { page } = await openQuiz('/', (context) => context.addInitScript(() => {
      const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
        Object.defineProperty(Storage.prototype, method, { configurable: true, value: refuse });
      }
      Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
    }));
    expect(await page.evaluate(() => { try { return typeof localStorage.getItem('x'); } catch { return 'refused'; } })).toBe('refused');

    const answers = RUNS[2]!.answers;
    const question = await answerSteps(page, answers, 4, 'keyboard');
    await page.reload();
    expect(await waitForQuiz(page)).toBe(question);
    await runQuiz(page, answers, 'keyboard');
    await expectResultOf(page, answers);
  });
});
