/**
 * Accessibility of every page a visitor can reach, in real Chromium against the built site:
 * axe-core (WCAG 2.2 A/AA and best practices) in light and dark mode at 320 px and 1280 px,
 * plus what axe does not check: horizontal overflow at 320 px and at 200% text size, a
 * visible focus indicator on each stop of the keyboard path, reduced motion, and the outline
 * and labelling of each built HTML file and rendered page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath, QUESTION_IDS, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { checkDom, checkHtml, focusStop, formatViolations, measureOverflow, runAxe, type FocusStop } from '../helpers/axe.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';

// ---------------------------------------------------------------------------------------------
// Answers and pages

/** A path through both conditional questions (`data_sufficiency` and `production_soon`). */
const FULL_PATH: Answers = {
  stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no',
  agentic: 'no', production_soon: 'yes', regulated: 'no', have: ['software'], urgency: 'weeks',
};

/** The answers given before `question` on FULL_PATH: prefilled, the quiz opens at `question`. */
function answersBefore(question: QuestionId): Answers {
  const path = questionPath(FULL_PATH);
  const before: Answers = {};
  for (const earlier of path.slice(0, path.indexOf(question))) Object.assign(before, { [earlier]: FULL_PATH[earlier] });
  return before;
}

/** The quiz opened at `question`, prefilled as a recruiter's link would be (`/?…#q=<question>`). */
function quizPath(question: QuestionId): string {
  const query = toQuery(answersBefore(question)).replace(/(^|&)v=\d+$/, '');
  return `/${query ? `?${query}` : ''}#q=${question}`;
}

/**
 * Result 1: regulated pilot heading to production, data scientists and ML engineers but no AI
 * engineers, needed within weeks: several warnings and covered roles, plus an unknown
 * parameter that the page names in `[data-notice]`.
 */
const RESULT_WARNINGS: Answers = {
  stage: 'pilot', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no', integration_speed: 'yes',
  agentic: 'unsure', production_soon: 'yes', regulated: 'yes', have: ['data-science', 'ml'], urgency: 'weeks',
};
/** Result 2: an enterprise at scale with a full in-house bench, a plain result. */
const RESULT_PLAIN: Answers = {
  stage: 'scale', size: 'enterprise', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes',
  regulated: 'no', have: ['software', 'data', 'product', 'design', 'devops', 'ai'], urgency: 'flexible',
};

interface Mode { scheme: 'light' | 'dark'; width: 320 | 1280 }
const ALL_MODES: Mode[] = [
  { scheme: 'light', width: 320 }, { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 320 }, { scheme: 'dark', width: 1280 },
];
const TWO_MODES: Mode[] = [{ scheme: 'light', width: 320 }, { scheme: 'dark', width: 1280 }];

interface PageCase {
  name: string;
  path: string;
  /** Waits until the page shows what is to be checked (islands hydrated, result rendered…). */
  ready: (page: Page) => Promise<void>;
  /** The HTTP status the page is served with. */
  status?: number;
  modes: Mode[];
}

/** Waits until every island has hydrated (Astro drops `ssr` from `<astro-island>` then). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

const atQuestion = (question: QuestionId) => async (page: Page) => {
  await hydrated(page);
  await page.locator(`[data-question="${question}"]`).waitFor();
};

/** Submits the step with nothing chosen, so its validation error shows. */
const withError = (question: QuestionId) => async (page: Page) => {
  await atQuestion(question)(page);
  await page.locator('[data-action="next"]').click();
  await page.locator(`[data-question="${question}"] [role="alert"]`).waitFor();
};

const resultShown = (notice: boolean) => async (page: Page) => {
  await hydrated(page);
  await page.locator('[data-hire-order]').waitFor();
  if (notice) await page.locator('[data-notice]').first().waitFor();
};

const loaded = async (page: Page) => { await hydrated(page); };

const PAGES: PageCase[] = [
  // Every step and the result in light and dark, at 320 and 1280 px (issue 4); other pages in two modes.
  ...QUESTION_IDS.map((question): PageCase => ({
    name: `quiz step ${question}`, path: quizPath(question), ready: atQuestion(question), modes: ALL_MODES,
  })),
  { name: 'quiz step stage with its error', path: '/', ready: withError('stage'), modes: ALL_MODES },
  { name: 'quiz step have with its error', path: quizPath('have'), ready: withError('have'), modes: ALL_MODES },
  {
    name: 'result with warnings, covered roles and a notice',
    path: `/result/?${toQuery(RESULT_WARNINGS)}&colour=blue`,
    ready: async (page) => {
      await resultShown(true)(page);
      await page.locator('[data-warning]').first().waitFor();
      await page.locator('[data-covered] [data-role]').first().waitFor();
    },
    modes: ALL_MODES,
  },
  { name: 'result plain', path: `/result/?${toQuery(RESULT_PLAIN)}`, ready: resultShown(false), modes: ALL_MODES },
  {
    name: 'result with every disclosure and the what-if panel open, after a change',
    path: `/result/?${toQuery(RESULT_WARNINGS)}`,
    ready: async (page) => {
      await resultShown(false)(page);
      await page.locator('[data-what-if] > summary').click();
      await page.locator('[data-what-if] input').first().waitFor();
      // A change, so the words of what it did are on screen too (pinned at the screen's foot).
      const urgency = RESULT_WARNINGS.urgency === 'weeks' ? 'flexible' : 'weeks';
      await page.locator(`[data-what-if] input[name="urgency"][value="${urgency}"]`).check();
      await page.locator('.what-if-status.has-words').waitFor();
      // Flip points arrive just after the first render; open every seat's details once they have.
      await page.locator('.flips').first().waitFor({ state: 'attached' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
    },
    modes: ALL_MODES,
  },
  { name: 'result with missing answers', path: '/result/?stage=pilot&size=startup', ready: async (page) => { await hydrated(page); await page.locator('[data-notice]').first().waitFor(); }, modes: TWO_MODES },
  { name: 'how it works', path: '/how-it-works/', ready: loaded, modes: TWO_MODES },
  { name: 'roles index', path: '/roles/', ready: loaded, modes: TWO_MODES },
  { name: 'role page ai-engineer', path: '/roles/ai-engineer/', ready: loaded, modes: TWO_MODES },
  { name: 'embed', path: '/embed/', ready: atQuestion('stage'), modes: TWO_MODES },
  { name: 'embed showing a result', path: `/embed/?${toQuery(RESULT_WARNINGS)}`, ready: async (page) => { await hydrated(page); await page.locator('[data-plan]').waitFor(); }, modes: TWO_MODES },
  { name: '404', path: '/no-such-page/', status: 404, ready: loaded, modes: TWO_MODES },
  // A host's accent, made readable in each scheme (theme=auto follows the test's scheme); yellow needs darkening on white.
  { name: 'embed with a custom accent', path: '/embed/?theme=auto&accent=%23ffcc00', ready: atQuestion('stage'), modes: TWO_MODES },
  { name: 'embed result with a custom accent', path: `/embed/?${toQuery(RESULT_WARNINGS)}&theme=auto&accent=%231f2a44`, ready: async (page) => { await hydrated(page); await page.locator('[data-plan]').waitFor(); }, modes: TWO_MODES },
  {
    name: 'embed builder, answers open, an accent that is not a colour',
    path: '/embed-builder/',
    ready: async (page) => {
      await hydrated(page);
      await page.locator('.builder-answers summary').click();
      await page.locator('input[name="predictive_roi"][value="yes"]').check();
      await page.locator('input[name="data_sufficiency"]').first().waitFor();
      await page.locator('#builder-accent').fill('blue');
      await page.locator('#builder-accent').blur();
      await page.locator('#builder-accent[aria-invalid="true"]').waitFor();
    },
    modes: ALL_MODES,
  },
];

// ---------------------------------------------------------------------------------------------
// Browser

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await connectBrowser();
  // One context for the whole file (a context per case costs seconds on a busy machine); each
  // case gets a fresh page, and saved quiz progress is wiped before any page script runs.
  context = await browser.newContext();
  await context.addInitScript(() => {
    try { localStorage.clear(); sessionStorage.clear(); } catch { /* storage blocked: nothing to clear */ }
  });
});
afterAll(async () => { await browser?.close(); });

interface OpenOptions { scheme?: 'light' | 'dark'; width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' }

/** Opens `pageCase` in a fresh page (empty storage) of the given size and colour scheme, ready to check. */
async function open(pageCase: PageCase, { scheme = 'light', width = 1280, height = 900, reducedMotion = 'no-preference' }: OpenOptions = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion });
  const problems = watchPage(page);
  const response = await page.goto(siteUrl(pageCase.path));
  const status = response?.status();
  if (status !== (pageCase.status ?? 200)) throw new Error(`${pageCase.name}: ${pageCase.path} answered HTTP ${status}, not ${pageCase.status ?? 200}`);
  await pageCase.ready(page);
  return { page, problems, close: () => page.close() };
}

const pageNamed = (name: string) => PAGES.find((pageCase) => pageCase.name === name)!;

// ---------------------------------------------------------------------------------------------
// Tests

/**
 * One test per page and mode. Each loads the page fresh and runs axe-core; at 320 px it also
 * checks the page does not scroll sideways. In the page's first mode (light, 320 px) it also
 * checks the rendered outline and labels, then widens to 640 px and doubles the text size.
 */
describe('each page in light and dark, 320 px and 1280 px: axe-core clean, no sideways scroll', () => {
  const cases = PAGES.flatMap((pageCase) => pageCase.modes.map((mode, index) => ({
    pageCase, mode, once: index === 0, label: `${pageCase.name} · ${mode.scheme} · ${mode.width}px${index === 0 ? ' (+ outline, 200% text)' : ''}`,
  })));
  it.for(cases)('$label', async ({ pageCase, mode, once, label }, { expect }) => {
    const { page, problems, close } = await open(pageCase, { scheme: mode.scheme, width: mode.width });
    try {
      const violations = await runAxe(page);
      expect.soft(violations.length, formatViolations(label, violations)).toBe(0);
      if (mode.width === 320) {
        const overflow = await measureOverflow(page);
        expect.soft(overflow.scrollWidth, `${label}: the page scrolls sideways at 320 px (scrollWidth ${overflow.scrollWidth} > ${overflow.viewport}); sticking out: ${overflow.culprits.join(' | ')}`).toBeLessThanOrEqual(overflow.viewport);
      }
      if (once) {
        const outline = await checkDom(page);
        expect.soft(outline, `${pageCase.name} (rendered): ${outline.join('; ')}`).toEqual([]);
        await page.setViewportSize({ width: 640, height: 800 });
        await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const zoomed = await measureOverflow(page);
        expect.soft(zoomed.scrollWidth, `${pageCase.name} at 200% text on 640 px: scrollWidth ${zoomed.scrollWidth} > ${zoomed.viewport}; sticking out: ${zoomed.culprits.join(' | ')}`).toBeLessThanOrEqual(zoomed.viewport);
      }
      expect.soft(problems.pageErrors, `${label}: page errors`).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('every keyboard focus stop shows a visible focus indicator', () => {
  const cases = [
    ...(['light', 'dark'] as const).flatMap((scheme) => [
      { pageCase: pageNamed('quiz step stage'), scheme },
      { pageCase: pageNamed('quiz step have'), scheme },
    ]),
    { pageCase: pageNamed('result with warnings, covered roles and a notice'), scheme: 'light' as const },
    { pageCase: pageNamed('how it works'), scheme: 'dark' as const },
    { pageCase: pageNamed('embed builder, answers open, an accent that is not a colour'), scheme: 'light' as const },
  ];
  it.each(cases.map((entry) => ({ ...entry, label: `${entry.pageCase.name} · ${entry.scheme}` })))('$label', async ({ pageCase, scheme, label }) => {
    const { page, close } = await open(pageCase, { scheme, width: 1280 });
    try {
      // A prefilled link may start focus mid-page (at the question); Tab on round the whole
      // cycle (past the body, back to the skip link) until 15 stops or the first comes back.
      const stops: FocusStop[] = [];
      let first: string | null = null;
      let passedBody = 0;
      for (let tab = 0; tab < 30 && stops.length < 15 && passedBody < 2; tab += 1) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (!stop) { passedBody += 1; continue; }
        if (stop.element === first) break;
        first ??= stop.element;
        stops.push(stop);
      }
      expect(stops.length, `${label}: Tab reaches nothing`).toBeGreaterThan(2);
      const bad = stops
        .filter((stop) => !stop.visible || !stop.indicated || (stop.contrast !== null && stop.contrast < 3))
        .map((stop) => `${stop.element}: ${!stop.visible ? 'not on screen when focused' : !stop.indicated ? 'no outline or box-shadow' : `indicator contrast ${stop.contrast}:1 < 3:1`} (${stop.style})`);
      expect(bad, `${label}: focus stops without a visible indicator:\n${bad.join('\n')}`).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('reduced motion', () => {
  const transitionSeconds = (page: Page) =>
    page.locator('.progress-bar').evaluate((bar) => Math.max(...getComputedStyle(bar).transitionDuration.split(',').map((part) => {
      const value = part.trim();
      return value.endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value);
    })));

  it('the progress bar animates by default and not when the visitor asks for reduced motion', async () => {
    const quiz = pageNamed('quiz step integration_speed');
    const normal = await open(quiz);
    try {
      expect(await transitionSeconds(normal.page), 'the progress bar transition without a preference (sanity)').toBeGreaterThan(0.05);
    } finally {
      await normal.close();
    }
    const reduced = await open(quiz, { reducedMotion: 'reduce' });
    try {
      expect(await transitionSeconds(reduced.page), 'progress bar transition-duration with prefers-reduced-motion: reduce').toBeLessThan(0.001);
    } finally {
      await reduced.close();
    }
  });
});

describe('built HTML files: one h1, unique ids, lang, heading order, img alt, labelled controls', () => {
  const root = resolve(process.env.SITE_DIR ?? 'dist');
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return entry.endsWith('.html') ? [path] : [];
    });
  const files = htmlFiles(root).map((path) => relative(root, path)).sort();

  it('the build has the pages this suite covers', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'result/index.html', 'how-it-works/index.html', 'roles/index.html', 'roles/ai-engineer/index.html', 'embed/index.html', 'embed-builder/index.html']));
  });

  it.each(files)('%s', (file) => {
    const problems = checkHtml(readFileSync(join(root, file), 'utf8'));
    expect(problems, `${file}:\n${problems.join('\n')}`).toEqual([]);
  });

  it('the checker itself catches each kind of problem', () => {
    const page = (body: string, lang = ' lang="en"') => `<!doctype html><html${lang}><head><title>t</title><script>"<h1>"</script></head><body>${body}</body></html>`;
    expect(checkHtml(page('<h1>A</h1><h2 id="x">B</h2><h3>C</h3><img alt="" src="a.png"><label>Q <input name="q"></label><label for="r">R</label><input id="r"><!-- <h1> -->'))).toEqual([]);
    expect(checkHtml(page('<h1>A</h1>', ''))).toEqual(['<html> has no lang']);
    expect(checkHtml(page('<p>no heading</p>'))).toEqual(['0 <h1> elements (want exactly one)']);
    expect(checkHtml(page('<h1>A</h1><h1>B</h1>'))).toEqual(['2 <h1> elements (want exactly one)']);
    expect(checkHtml(page('<h1 id="a">A</h1><p id="a"></p>'))).toEqual(['id "a" used 2 times']);
    expect(checkHtml(page('<h1>A</h1><h3>C</h3><h2>B</h2>'))).toEqual(['an <h3> comes before any <h2>']);
    expect(checkHtml(page('<h1>A</h1><img src="a.png">'))).toEqual(['<img src="a.png"> has no alt']);
    expect(checkHtml(page('<h1>A</h1><input name="q"><label>x</label><select name="s"></select>'))).toEqual(['<input name="q"> has no label', '<select name="s"> has no label']);
  });
});
