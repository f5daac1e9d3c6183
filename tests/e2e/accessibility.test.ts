/**
 * Accessibility of every page a visitor can reach, in real Chromium against the built site:
 * axe-core (WCAG 2.2 A/AA and best practices) in light and dark mode at 320 px and 1280 px,
 * plus what axe does not check: horizontal overflow at 320 px and at 200% text size, a
 * visible focus indicator on each stop of the keyboard path, reduced motion, and the outline
 * and labelling of each built HTML file and rendered page, and the rendered DOM's validity.
 * Each page loads once: colour scheme, width and text size are switched in place, and every
 * check of it reads that load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath, QUESTION_IDS, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { checkDom, focusStop, formatViolations, measureOverflow, runAxe, type FocusStop } from '../helpers/axe.ts';
import { checkHtml } from '../helpers/html-outline.ts';
import { htmlComplaints, renderedHtml } from '../helpers/html-rules.ts';
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
/** The quiz steps read in all four modes. */
const FULL_MODE_STEPS: QuestionId[] = ['stage', 'have', 'urgency'];

interface PageCase {
  name: string;
  path: string;
  /** Waits until the page shows what is to be checked (islands hydrated, result rendered…). */
  ready: (page: Page) => Promise<void>;
  /** The HTTP status the page is served with. */
  status?: number;
  modes: Mode[];
  /** The colour schemes whose keyboard path is checked for visible focus (at 1280 px). */
  focus?: Mode['scheme'][];
}

/** Waits until every island has hydrated (Astro drops `ssr` from `<astro-island>` then; the embed's classic script drops `data-hydrating`). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr], [data-hydrating]').length === 0);
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
  // The first step, the in-house list (checkboxes) and the last step (its sticky bar), the
  // result and the builder in light and dark at 320 and 1280 px; the steps between, which the
  // same component draws with other options, and the other pages in two modes (light at 320,
  // dark at 1280), so each step is still read at both widths and in both schemes.
  ...QUESTION_IDS.map((question): PageCase => ({
    name: `quiz step ${question}`, path: quizPath(question), ready: atQuestion(question),
    modes: FULL_MODE_STEPS.includes(question) ? ALL_MODES : TWO_MODES,
    ...(question === 'stage' || question === 'have' ? { focus: ['light', 'dark'] } : {}),
  })),
  { name: 'quiz step stage with its error', path: '/', ready: withError('stage'), modes: TWO_MODES },
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
    focus: ['light'],
  },
  { name: 'result plain', path: `/result/?${toQuery(RESULT_PLAIN)}`, ready: resultShown(false), modes: TWO_MODES },
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
  { name: 'how it works', path: '/how-it-works/', ready: loaded, modes: TWO_MODES, focus: ['dark'] },
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
    focus: ['light'],
  },
];

// ---------------------------------------------------------------------------------------------
// Browser

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await connectBrowser();
  // One context for the whole file; each page case gets a fresh page (a new tab), and saved
  // quiz progress is wiped before any page script runs.
  context = await browser.newContext();
  await context.addInitScript(() => {
    try { localStorage.clear(); sessionStorage.clear(); } catch { /* storage blocked: nothing to clear */ }
  });
});
afterAll(async () => { await browser?.close(); });

interface Opened { page: Page; problems: ReturnType<typeof watchPage> }

/** Opens `pageCase` in a fresh page (empty storage), in the colour scheme and width of `mode`, ready to check. */
async function open(pageCase: PageCase, mode: Mode): Promise<Opened> {
  const page = await context.newPage();
  await setMode(page, mode);
  const problems = watchPage(page);
  const response = await page.goto(siteUrl(pageCase.path));
  const status = response?.status();
  if (status !== (pageCase.status ?? 200)) throw new Error(`${pageCase.name}: ${pageCase.path} answered HTTP ${status}, not ${pageCase.status ?? 200}`);
  await pageCase.ready(page);
  // Where focus stood after loading (a prefilled question's heading, or nowhere), for each keyboard path to start from.
  await page.evaluate(() => { (window as unknown as { __loadFocus: Element | null }).__loadFocus = document.activeElement === document.body ? null : document.activeElement; });
  return { page, problems };
}

/** Switches the page in place to a colour scheme and a viewport width (900 px tall), then lets it lay out. */
async function setMode(page: Page, { scheme, width }: Mode): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Puts focus back where it stood after loading (nowhere: as if the page had just loaded), so Tab starts from there. */
async function focusAsLoaded(page: Page): Promise<void> {
  await page.evaluate(() => {
    const loaded = (window as unknown as { __loadFocus: Element | null }).__loadFocus;
    if (loaded instanceof HTMLElement && loaded.isConnected) {
      loaded.focus();
      return;
    }
    // Focus a stand-in at the very start of the body, then remove it: the next Tab starts from the top.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
}

const pageNamed = (name: string) => PAGES.find((pageCase) => pageCase.name === name)!;

// ---------------------------------------------------------------------------------------------
// Tests: one page load per page case, each check a test of its own

/**
 * Each page case loads once. In each of its modes, switched in place, axe-core runs, and at
 * 320 px the page must not scroll sideways; then the rendered outline and labels, 200% text
 * on 640 px, and the keyboard path's focus indicators where the case asks for them.
 */
describe.each(PAGES)('$name', (pageCase) => {
  let opened: Opened | undefined;
  beforeAll(async () => { opened = await open(pageCase, pageCase.modes[0]!); });
  afterAll(async () => { await opened?.page.close(); });

  it('renders valid HTML (html-validate, as the W3C validator reads it)', async () => {
    expect(await htmlComplaints(await renderedHtml(opened!.page), pageCase.path)).toBe('');
  });

  it.for(pageCase.modes.map((mode) => ({ ...mode, label: `${pageCase.name} · ${mode.scheme} · ${mode.width}px` })))(
    'is axe-core clean in $scheme at $width px, with no sideways scroll at 320 px',
    async ({ label, ...mode }, { expect }) => {
      const { page } = opened!;
      await setMode(page, mode);
      const violations = await runAxe(page);
      expect.soft(violations.length, formatViolations(label, violations)).toBe(0);
      if (mode.width === 320) {
        const overflow = await measureOverflow(page);
        expect.soft(overflow.scrollWidth, `${label}: the page scrolls sideways at 320 px (scrollWidth ${overflow.scrollWidth} > ${overflow.viewport}); sticking out: ${overflow.culprits.join(' | ')}`).toBeLessThanOrEqual(overflow.viewport);
      }
    },
  );

  it('has a sound rendered outline and labels, and no sideways scroll at 200% text on 640 px', async ({ expect }) => {
    const { page } = opened!;
    await setMode(page, pageCase.modes[0]!);
    const outline = await checkDom(page);
    expect.soft(outline, `${pageCase.name} (rendered): ${outline.join('; ')}`).toEqual([]);
    await page.setViewportSize({ width: 640, height: 800 });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const zoomed = await measureOverflow(page);
    await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    expect.soft(zoomed.scrollWidth, `${pageCase.name} at 200% text on 640 px: scrollWidth ${zoomed.scrollWidth} > ${zoomed.viewport}; sticking out: ${zoomed.culprits.join(' | ')}`).toBeLessThanOrEqual(zoomed.viewport);
  });

  if (pageCase.focus) it.each(pageCase.focus)('shows a visible focus indicator at every keyboard stop (%s, 1280 px)', async (scheme) => {
    const { page } = opened!;
    const label = `${pageCase.name} · ${scheme}`;
    await setMode(page, { scheme, width: 1280 });
    await focusAsLoaded(page);
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
  });

  it('raised no page error through all of it', () => {
    expect(opened!.problems.pageErrors).toEqual([]);
  });
});

describe('reduced motion', () => {
  const transitionSeconds = (page: Page) =>
    page.locator('.progress-bar').evaluate((bar) => Math.max(...getComputedStyle(bar).transitionDuration.split(',').map((part) => {
      const value = part.trim();
      return value.endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value);
    })));

  it('the progress bar animates by default and not when the visitor asks for reduced motion (switched in place)', async () => {
    const { page } = await open(pageNamed('quiz step integration_speed'), { scheme: 'light', width: 1280 });
    try {
      expect(await transitionSeconds(page), 'the progress bar transition without a preference (sanity)').toBeGreaterThan(0.05);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await transitionSeconds(page), 'progress bar transition-duration with prefers-reduced-motion: reduce').toBeLessThan(0.001);
    } finally {
      await page.close();
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
