/**
 * Drives the link builder at `/share/` through its controls (contract.md: `[data-share-builder]`
 * with the quiz's `input[name][value]` controls, the link in `[data-share-link]`) and states
 * the link it must show, restated from contract.md (tests/helpers/canonical-link.ts).
 */
import type { Page } from 'playwright-core';
import { QUESTION_IDS, isApplicable, type Answers } from '../../src/engine/answers.ts';
import { askedQuestions, linkPathOf } from './canonical-link.ts';
import { siteUrl } from './browser.ts';

const BUILDER = '[data-share-builder]';

/**
 * The link for answers set in the builder: the quiz while a question is open, else the
 * result; the sender's part (`from=…&note=…`, written out by the test) after the answers.
 */
export function expectedShareLink(answers: Answers, senderPart = ''): string {
  return siteUrl(linkPathOf('/', answers, senderPart));
}

/** Waits until the builder has hydrated and read its own query (its link is absolute then). */
export async function waitForBuilder(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') &&
    (document.querySelector<HTMLTextAreaElement>('[data-share-link]')?.value ?? '').startsWith('http'));
}

/** The link the builder shows. */
export const shownShareLink = (page: Page) => page.locator('[data-share-link]').inputValue();

/** What the builder's controls say: each question shown with its checked values ('' = let them answer). */
export function readBuilder(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((builder) => {
    const shown: Record<string, string[]> = {};
    for (const input of document.querySelectorAll<HTMLInputElement>(`${builder} input[type="radio"], ${builder} input[type="checkbox"]`)) {
      shown[input.name] ??= [];
      if (input.checked) shown[input.name]!.push(input.value);
    }
    return shown;
  }, BUILDER);
}

/** How a control is clicked: by the mouse at its place on screen, or by the element's click(). */
export type ClickMethod = 'mouse' | 'element';

/** The clicks that take `have`'s boxes from `shown` to `want` (`undefined`: let them answer, `[]`: none of these). */
function haveClicks(shown: Record<string, string[]>, want: readonly string[] | undefined): string[] {
  const ticked = shown.have ?? [];
  const noneTicked = (shown.have_none ?? []).length > 0;
  const none = 'input[name="have_none"]';
  const box = (value: string) => `input[name="have"][value="${value}"]`;
  if (want === undefined) return [...ticked.map(box), ...(noneTicked ? [none] : [])];
  // Ticking "none of these" unticks the rest; ticking a box unticks "none of these".
  if (want.length === 0) return noneTicked ? [] : [none];
  return [...want.filter((value) => !ticked.includes(value)), ...ticked.filter((value) => !want.includes(value))].map(box);
}

/**
 * Sets `answers` in the builder by clicking its controls, question by question in asking order
 * (a conditional question is there once the one it hangs on is set), whatever it showed before.
 * It reads the controls once, and again only before a conditional question after a click (the
 * only answers a click elsewhere can change), so most sets cost one read and their clicks.
 * `mouse` clicks each control where it is on screen; `element` calls the input's own click()
 * (the same click and change events, a tenth of the cost), a question's clicks at once.
 */
export async function setInBuilder(page: Page, answers: Answers, { by = 'mouse' }: { by?: ClickMethod } = {}): Promise<void> {
  let shown = await readBuilder(page);
  let clicked = false;
  for (const question of QUESTION_IDS) {
    if (!isApplicable(question, answers)) continue;
    if (clicked && !isApplicable(question, {})) {
      await page.locator(`${BUILDER} input[name="${question}"]`).first().waitFor();
      shown = await readBuilder(page);
      clicked = false;
    }
    const value = answers[question];
    const clicks = question === 'have'
      ? haveClicks(shown, value as readonly string[] | undefined)
      : (shown[question]?.[0] ?? '') === (value ?? '') ? [] : [`input[name="${question}"][value="${value ?? ''}"]`];
    if (by === 'mouse') {
      // `force` skips Playwright's wait for the element to stay still over two animation frames
      // (nothing here moves), which triples a click's cost on a loaded machine.
      for (const control of clicks) await page.click(`${BUILDER} ${control}`, { force: true });
    } else if (clicks.length > 0) {
      await page.evaluate((selectors) => {
        for (const selector of selectors) document.querySelector<HTMLInputElement>(selector)!.click();
      }, clicks.map((control) => `${BUILDER} ${control}`));
    }
    clicked ||= clicks.length > 0;
  }
}

/**
 * Waits until the builder shows `link` and controls for exactly the questions on `answers`'
 * path; fails with what it shows instead.
 */
export async function expectBuilderShows(page: Page, answers: Answers, link: string): Promise<void> {
  const want = { link, questions: [...askedQuestions(answers)].sort() };
  const read = () => page.evaluate((builder) => ({
    link: document.querySelector<HTMLTextAreaElement>('[data-share-link]')?.value ?? '',
    questions: [...new Set([...document.querySelectorAll<HTMLInputElement>(`${builder} input[type="radio"], ${builder} input[type="checkbox"]`)]
      .map((input) => input.name).filter((name) => name !== 'have_none'))].sort(),
  }), BUILDER);
  try {
    await page.waitForFunction(({ builder, want }) => {
      const link = document.querySelector<HTMLTextAreaElement>('[data-share-link]')?.value;
      const names = [...new Set([...document.querySelectorAll<HTMLInputElement>(`${builder} input[type="radio"], ${builder} input[type="checkbox"]`)]
        .map((input) => input.name).filter((name) => name !== 'have_none'))].sort();
      return link === want.link && names.join() === want.questions.join();
    }, { builder: BUILDER, want }, { timeout: 5_000 });
  } catch {
    throw new Error(`the builder shows ${JSON.stringify(await read())}, not ${JSON.stringify(want)} for ${JSON.stringify(answers)}`);
  }
}

/** What the builder showed after one answer set was put in: its link and the questions it had controls for. */
export interface BuilderReading {
  link: string;
  questions: string[];
  /** A control the set needed and the builder did not show, if any. */
  missing?: string;
}

/**
 * Puts each of `sets` in the builder in turn, all inside the page: for every question in asking
 * order (before a conditional one, after the render of the clicks so far, so its controls are
 * there when it applies) it clicks the control for the set's answer ("Let them answer" for none; `have`'s boxes
 * ticked or unticked to match) with the input's own click(), and reads what the builder shows
 * once the set is in. The same clicks as `setInBuilder({ by: 'element' })`, without a round
 * trip per set: 200 sets take about a second.
 */
export function putSetsInBuilder(page: Page, sets: readonly Answers[]): Promise<BuilderReading[]> {
  const conditional = QUESTION_IDS.filter((question) => !isApplicable(question, {}));
  return page.evaluate(async ({ builder, sets, questions, conditional }) => {
    // Preact renders a signal's change on the next task at the latest. A message is a task that,
    // unlike a nested setTimeout, browsers do not hold back 4 ms.
    const channel = new MessageChannel();
    const rendered = () => new Promise<void>((done) => {
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(0);
    });
    const root = document.querySelector(builder)!;
    const read = () => ({
      link: document.querySelector<HTMLTextAreaElement>('[data-share-link]')?.value ?? '',
      questions: [...new Set([...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
        .map((input) => input.name).filter((name) => name !== 'have_none'))].sort(),
    });
    const readings = [];
    for (const set of sets) {
      let missing: string | undefined;
      // The controls of the questions always asked are there: clicks on them need no render in
      // between. A conditional question's controls come and go with the render of a click.
      let clicked = false;
      const click = (input: HTMLInputElement) => { input.click(); clicked = true; };
      for (const question of questions) {
        if (clicked && conditional.includes(question)) {
          await rendered();
          clicked = false;
        }
        const want = (set as Record<string, string | string[] | undefined>)[question];
        const inputs = [...root.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`)];
        if (inputs.length === 0) {
          if (want !== undefined) missing ??= question;
          continue;
        }
        if (question === 'have') {
          const none = root.querySelector<HTMLInputElement>('input[name="have_none"]')!;
          const boxes = Array.isArray(want) ? want : [];
          for (const box of inputs) if (box.checked !== boxes.includes(box.value)) click(box);
          // Ticking a box unticks "none of these", once drawn.
          if (clicked) await rendered();
          if (none.checked !== (Array.isArray(want) && want.length === 0)) click(none);
        } else {
          const control = inputs.find((input) => input.value === (want ?? ''));
          if (!control) missing ??= `${question}=${String(want)}`;
          else if (!control.checked) click(control);
        }
      }
      await rendered();
      readings.push({ ...read(), ...(missing ? { missing } : {}) });
    }
    return readings;
  }, { builder: BUILDER, sets: sets as Answers[], questions: [...QUESTION_IDS], conditional });
}
