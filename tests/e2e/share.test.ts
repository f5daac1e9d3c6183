/**
 * The link builder at /share/, in real Chromium: the link it writes for a seeded sample of 200
 * partial answer sets put in through its controls; where a sub-sample of those links opens; a
 * handful set by mouse and completed as the recipient would; hostile labels and notes; the ways
 * in (site header, result page); its JavaScript budget.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from '../../src/engine/answers.ts';
import { parseSender, type Sender } from '../../src/engine/sender.ts';
import { SENDER_LIMITS } from '../../src/engine/limits.ts';
import { parseAnswers, toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { askedQuestions, landingOf } from '../helpers/canonical-link.ts';
import { completedAnswers, samplePartialAnswers } from '../helpers/partial-answers.ts';
import { answerStep, expectedHireOrder, readQuiz, shownHireOrder, waitForQuiz } from '../helpers/quiz-driver.ts';
import { pageJs, pageJsText } from '../helpers/page-js.ts';
import { expectBuilderShows, expectedShareLink, putSetsInBuilder, setInBuilder, shownShareLink, waitForBuilder, type BuilderReading } from '../helpers/share-builder.ts';
import wording from '../../content/share.json' with { type: 'json' };

const SAMPLE = samplePartialAnswers(200, 20261203);
const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] };

/** Where a link for `answers` must open: the first question on their path left open, or the result (restated from contract.md). */
const firstOpen = landingOf;

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Opens `path` in a fresh context (no storage from earlier tests), watched from the first byte. */
async function open(path: string, { width = 1280, clipboard = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : [],
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(path.startsWith('http') ? path : siteUrl(path));
  return { context, page, problems };
}

async function openBuilder(query = '', options: { width?: number; clipboard?: boolean } = {}) {
  const opened = await open(`/share/${query ? `?${query}` : ''}`, options);
  await waitForBuilder(opened.page);
  return opened;
}

/** Answers each step the quiz shows with `completed`'s answer, by mouse, until the result; returns the questions asked. */
async function completeQuiz(page: Page, completed: Answers): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  let shown: QuestionId | 'result' = (await readQuiz(page)).question;
  while (shown !== 'result') {
    if (asked.length > 12) throw new Error(`the quiz keeps asking: ${asked.join(', ')}`);
    asked.push(shown);
    shown = await answerStep(page, shown, completed[shown] as string | readonly string[], { by: 'mouse' });
  }
  return asked;
}

/** The `[data-set-by-sender]` marks on a result page, sorted. */
const senderMarks = (page: Page) => page.locator('[data-set-by-sender]').evaluateAll((marks) =>
  marks.map((mark) => mark.getAttribute('data-set-by-sender') ?? '').sort());

describe('200 partial answer sets put in through the controls', () => {
  let readings: BuilderReading[] = [];

  it('each shows the canonical link, and controls for exactly the questions on its path', async () => {
    const { context, page, problems } = await openBuilder();
    // Each set starts from whatever the one before left, as a recruiter changing their mind would.
    readings = await putSetsInBuilder(page, SAMPLE);
    const wrong = SAMPLE.flatMap((answers, index) => {
      const want = { link: expectedShareLink(answers), questions: [...askedQuestions(answers)].sort() };
      const shown = readings[index]!;
      return shown.missing === undefined && shown.link === want.link && shown.questions.join() === want.questions.join()
        ? [] : [{ index, answers, shown, want }];
    });
    expect(wrong.slice(0, 3), `${wrong.length} of ${SAMPLE.length} sets`).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  }, 120_000);

  it('a link opens at the first question left open, or the result (one link per landing place)', async () => {
    expect(readings).toHaveLength(SAMPLE.length);
    const byLanding = new Map<string, number[]>();
    SAMPLE.forEach((answers, index) => byLanding.set(firstOpen(answers), [...(byLanding.get(firstOpen(answers)) ?? []), index]));
    const picked = [...byLanding.values()].map((indexes) => indexes[0]!);
    // The sample lands on the result and on at least six different questions.
    expect(byLanding.size).toBeGreaterThanOrEqual(7);
    expect(byLanding.has('result')).toBe(true);
    for (const index of picked) {
      const answers = SAMPLE[index]!;
      const { context, page, problems } = await open(readings[index]!.link);
      const landing = firstOpen(answers);
      if (landing === 'result') {
        await page.locator('[data-hire-order] [data-role]').first().waitFor();
        expect(new URL(page.url()).pathname, toQuery(answers)).toBe('/result/');
      } else {
        expect(await waitForQuiz(page), toQuery(answers)).toBe(landing);
      }
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    }
  }, 120_000);
});

describe('a handful set by mouse, sent with a label and a note, and completed as the recipient would', () => {
  const sender = { from: 'Ana (Acme Talent)', note: 'Three minutes, promise!' };
  // As the link writes them: percent-encoded, `(`, `)` and `!` too (a link must end in a letter, a digit or %XX).
  const senderPart = 'from=Ana%20%28Acme%20Talent%29&note=Three%20minutes%2C%20promise%21';
  // Four that open the quiz, each at another question, and one that opens the result.
  const HANDFUL = [
    ...[...new Map(SAMPLE.filter((answers) => firstOpen(answers) !== 'result').map((answers) => [firstOpen(answers), answers])).values()].slice(0, 4),
    SAMPLE.find((answers) => firstOpen(answers) === 'result')!,
  ];
  const links: string[] = [];

  it('the builder shows each link as it is set, with the sender typed in', async () => {
    const { context, page, problems } = await openBuilder();
    await page.fill('#share-from', sender.from);
    await page.fill('#share-note', sender.note);
    for (const answers of HANDFUL) {
      await setInBuilder(page, answers, { by: 'mouse' });
      await expectBuilderShows(page, answers, expectedShareLink(answers, senderPart));
      links.push(await shownShareLink(page));
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each([0, 1])('quiz link %i: opens at the first open question, and completing it gives the plan of the full /result/ link', async (which) => {
    const answers = HANDFUL[which]!;
    const completed = completedAnswers(answers, 7_000 + which);
    const { context, page, problems } = await open(links[which]!);
    expect(await waitForQuiz(page)).toBe(firstOpen(answers));
    const asked = await completeQuiz(page, completed);
    // The quiz walks on from there through the rest of the path, the sender's answers chosen.
    expect(asked.filter((question) => answers[question] === undefined), 'it asks every question left open').toEqual(askedQuestions(completed).filter((question) => answers[question] === undefined));
    expect(new URL(page.url()).pathname).toBe('/result/');
    expect(parseAnswers(new URL(page.url()).search).answers, 'the result is of the completed answers').toEqual(completed);
    const plan = await shownHireOrder(page);
    expect(plan).toEqual(expectedHireOrder(completed));
    await page.goto(siteUrl(`/result/?${toQuery(completed)}`));
    expect(await shownHireOrder(page), 'the same plan as the plain result link').toEqual(plan);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  }, 120_000);

  it("the result link: the finished plan, every answer marked as the sender's; the plain result link marks none", async () => {
    const answers = HANDFUL[4]!;
    const { context, page, problems } = await open(links[4]!);
    expect(await shownHireOrder(page)).toEqual(expectedHireOrder(answers));
    expect(await senderMarks(page)).toEqual([...askedQuestions(answers)].sort());
    await page.goto(siteUrl(`/result/?${toQuery(answers)}`));
    expect(await shownHireOrder(page)).toEqual(expectedHireOrder(answers));
    expect(await senderMarks(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

/** Notes and labels a link may carry, typed or pasted by someone, or forged in a URL. */
const HOSTILE: Record<string, string> = {
  script: '<script>alert("note")</script><img src=x onerror="alert(1)"> & <b>bold</b>',
  long: 'Ten thousand characters. '.repeat(400),
  rtl: 'Invoice \u202Eexe.fdp\u202C due \u2067today\u2069\u200F!',
  emoji: '👩🏽‍💻🚀🇫🇷 '.repeat(1_500),
};

/** No lone surrogate (half an emoji) anywhere in `text`. */
const wholeCharacters = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** What the builder's preview says about the sender, and whether the page still fits a phone. */
function readPreview(page: Page) {
  return page.evaluate(() => {
    const preview = document.querySelector('[data-share-preview]')!;
    return {
      from: preview.querySelector('[data-preview="from"]')?.textContent ?? null,
      note: preview.querySelector('[data-preview="note"]')?.textContent ?? null,
      elements: [...preview.querySelectorAll('[data-preview="from"] *, [data-preview="note"] *')].map((element) => element.localName),
      injected: document.querySelectorAll('img[src="x"]').length,
      link: document.querySelector<HTMLTextAreaElement>('[data-share-link]')!.value,
      messages: [...document.querySelectorAll<HTMLTextAreaElement>('[data-message]')].map((field) => field.value),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      previewRight: preview.getBoundingClientRect().right - window.innerWidth,
    };
  });
}

describe('hostile notes and labels: shown as text, clipped, the page unbroken', () => {
  /** The preview shows `sender` (cleaned as a link carries it) as text, and the link carries it back. */
  function expectShownAsText(shown: Awaited<ReturnType<typeof readPreview>>, sender: Required<Sender>, given: string) {
    expect(shown.from).toBe(wording.previewFrom.replace('{from}', sender.from));
    expect(shown.note).toBe(wording.previewNote.replace('{note}', sender.note));
    expect(shown.elements, 'no markup from the text').toEqual([]);
    expect(shown.injected).toBe(0);
    expect([...sender.note].length).toBeLessThanOrEqual(SENDER_LIMITS.note);
    expect([...sender.from].length).toBeLessThanOrEqual(SENDER_LIMITS.from);
    if ([...given].length > SENDER_LIMITS.note) expect(sender.note.endsWith('…'), 'a clipped note says so').toBe(true);
    expect(wholeCharacters(shown.note!) && wholeCharacters(shown.from!), 'no half emoji').toBe(true);
    expect(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/.test(shown.note! + shown.from!), 'no direction overrides').toBe(false);
    expect(parseSender(new URL(shown.link).search), 'the link carries what is shown').toEqual(sender);
    // At most 340 characters of 4 UTF-8 bytes, each %XX: well inside nginx's 8 KB request line.
    expect(shown.link.length).toBeLessThan(6_000);
    for (const message of shown.messages) expect(message).toContain(sender.note);
    expect(shown.overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    expect(shown.previewRight).toBeLessThanOrEqual(0);
  }

  it.each(Object.keys(HOSTILE))('%s, in a prefill link and typed into the fields', async (name) => {
    const raw = HOSTILE[name]!;
    // A server refuses a link much longer than a few KB (nginx: 8 KB a header line), so the link gets the first 1,000 characters.
    const clip = (text: string, count: number) => Array.from(text).slice(0, count).join('');
    const query = new URLSearchParams({ stage: 'pilot', from: clip(raw, 200), note: clip(raw, 1_000) }).toString();
    const { context, page, problems } = await openBuilder(query, { width: 390 });
    const fromLink = parseSender(query) as Required<Sender>;
    expect(fromLink.note, 'something is left to show').not.toBe('');
    expectShownAsText(await readPreview(page), fromLink, clip(raw, 1_000));

    // Typed (pasted) into the fields: the fields' maxlength stops it first.
    await page.fill('#share-from', raw);
    await page.fill('#share-note', raw);
    const field = { from: await page.inputValue('#share-from'), note: await page.inputValue('#share-note') };
    expect(field.note.length, "the field's maxlength").toBeLessThanOrEqual(SENDER_LIMITS.note);
    const typed = parseSender(new URLSearchParams(field)) as Required<Sender>;
    await expect.poll(async () => (await readPreview(page)).note).toBe(wording.previewNote.replace('{note}', typed.note));
    expectShownAsText(await readPreview(page), typed, field.note);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('the quiz and the result still work with them in their links', async () => {
    const answers = SAMPLE[0]!;
    const sender = new URLSearchParams({ from: HOSTILE.script!, note: HOSTILE.script! + HOSTILE.rtl! + Array.from(HOSTILE.emoji!).slice(0, 300).join('') }).toString();
    for (const [path, ready] of [[`/?stage=pilot&${sender}`, 'quiz'], [`/result/?${toQuery(answers)}&${sender}`, 'result']] as const) {
      const { context, page, problems } = await open(path);
      if (ready === 'quiz') expect(await waitForQuiz(page)).toBe(firstOpen({ stage: 'pilot' }));
      else expect(await shownHireOrder(page)).toEqual(expectedHireOrder(answers));
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    }
  });
});

describe('the ways in', () => {
  it("the site header links to the builder, and the result's link opens it prefilled with the result's answers", async () => {
    const answers = SAMPLE[0]!;
    const { context, page, problems } = await open(`/result/?${toQuery(answers)}`);
    await shownHireOrder(page);
    expect(await page.locator('header nav a[href="/share/"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Make a prefilled link for someone' }).click();
    await page.waitForURL((url) => url.pathname === '/share/');
    await waitForBuilder(page);
    expect(await shownShareLink(page)).toBe(expectedShareLink(answers));
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('JavaScript budget', () => {
  const site = process.env.SITE_DIR ?? 'dist';
  const gzipped = (text: string) => gzipSync(text).length;

  it('/share/ loads at most 30 KB of gzipped JavaScript', () => {
    const js = pageJs(site, '/share/');
    expect(js.files.some((file) => file.includes('ShareBuilder'))).toBe(true);
    const total = gzipped(js.inline) + js.files.reduce((sum, file) => sum + gzipped(pageJsText(site, { files: [file], inline: '' })), 0);
    console.log(`/share/ JavaScript: ${js.files.length} files, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });

  it("/ loads none of the builder's code", () => {
    const text = pageJsText(site, pageJs(site, '/'));
    for (const words of [wording.letThemAnswer, wording.jumpToLink, wording.previewNoSender]) expect(text).not.toContain(words);
    expect(pageJs(site, '/').files.filter((file) => /share/i.test(file))).toEqual([]);
    // engine/sender.ts is on / now, rightly: the quiz reads and cleans the sender's note to show it.
  });
});
