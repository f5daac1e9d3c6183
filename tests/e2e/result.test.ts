/**
 * /result/ in real Chromium against the built site: what a person who opens a shared link
 * sees. The engine is the oracle (`recommend`); the page is read only through the DOM hooks
 * of contract.md and through what is visible. Each page loads once for all its checks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath, type Answers, type CompleteAnswers, type QuestionId } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import type { HireItem, Reason, Recommendation } from '../../src/engine/recommendation.ts';
import { toQuery } from '../../src/engine/url.ts';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { countText as formatCount } from '../../src/result/words.ts';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { brokenInvariants } from '../helpers/invariants.ts';
import { openResult, readResult, type ShownItem } from '../helpers/result-page.ts';
import { loadList } from '../helpers/content-files.ts';
import { sentenceOf, sourceOf } from '../helpers/reason-texts.ts';
import resultWording from '../../content/result.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Helpers

/** The questionnaire prefilled with `answers` (contract: `/?<answers>`), opened at `question`. */
const quizUrl = (answers: Answers, question?: QuestionId) => siteUrl(`/?${toQuery(answers)}${question ? `#q=${question}` : ''}`);

/** The canonical query of `answers` without its `v=` parameter. */
const withoutVersion = (answers: Answers) => toQuery(answers).replace(/(^|&)v=\d+$/, '');

/** The questions a reason's "because you answered" links to: one link per question, the in-house groups (`have:<group>`) under one. */
const questionsOf = (reason: Reason): QuestionId[] => [...new Set(reason.triggers.map((trigger) => trigger.split(':')[0] as QuestionId))];

/** The engine's recommendation with the order the page shows put in place of its own. */
function withShownOrder(recommendation: Recommendation, shown: readonly ShownItem[]): Recommendation {
  const hireOrder = shown.map(({ role, group }): HireItem => {
    const engineItem = recommendation.hireOrder.find((item) => item.role === role);
    const base = engineItem ?? { count: null, countLater: [], approach: 'hire' as const, then: null, afterLead: null, commitment: 'full-time' as const, reasons: [] };
    return { ...base, role: role as HireItem['role'], group: group as HireItem['group'] };
  });
  return { ...recommendation, hireOrder };
}

/** The `<title>` the built result page ships with, decoded as a browser would. */
function builtTitle(): string {
  const html = readFileSync(resolve('dist/result/index.html'), 'utf8');
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

// ---------------------------------------------------------------------------------------------
// Answer sets

const CASES: { name: string; answers: CompleteAnswers }[] = [
  { name: 'a pilot startup building on foundation models', answers: answersWith({}) },
  {
    name: 'a growth company in production with AI engineers and DevOps in-house',
    answers: answersWith({ stage: 'production', size: 'growth', have: ['devops', 'ai'] }),
  },
  {
    name: 'a regulated enterprise at scale whose product is a custom model',
    answers: answersWith({
      stage: 'scale', size: 'enterprise', regulated: 'yes',
      predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no',
    }),
  },
  {
    name: 'an expanding company with data scientists but no data engineers',
    answers: answersWith({ stage: 'expanding', size: 'growth', have: ['data-science'] }),
  },
  {
    name: 'a regulated pilot heading to production that needs people within weeks',
    answers: answersWith({ production_soon: 'yes', regulated: 'yes', urgency: 'weeks' }),
  },
];

// A hostile link. Every payload tries to set `window.__pwned`, change the title or open a
// dialog. `named` is the parameter name the notice must show, as text, exactly.
const PWN = 'window.__pwned=1';
const HOSTILE: { part: string; named: string }[] = [
  { part: `<script>${PWN.replace('=', '%3D')}</script>=1`, named: `<script>${PWN}</script>` },
  { part: `%3Cimg%20src%3Dx%20onerror%3D${encodeURIComponent(PWN)}%3E=x`, named: `<img src=x onerror=${PWN}>` },
  { part: `%253Cscript%253E${encodeURIComponent(encodeURIComponent(PWN))}=1`, named: `%3Cscript%3E${encodeURIComponent(PWN)}` },
  { part: 'javascript:alert(document.domain)=1', named: 'javascript:alert(document.domain)' },
  { part: `stage=<script>document.title='pwned';${PWN}</script>`, named: 'stage' },
  { part: 'size=<img src=x onerror=alert(1)>', named: 'size' },
  { part: 'agentic="><svg onload=alert(1)>', named: 'agentic' },
  { part: `regulated=%22%3E%3Csvg%20onload%3D${encodeURIComponent(PWN)}%3E`, named: 'regulated' },
  { part: 'urgency=javascript:alert(1)', named: 'urgency' },
  { part: 'integration_speed=maybe', named: 'integration_speed' },
  { part: 'have=software,devops,<img src=x onerror=alert(1)>', named: 'have' },
  { part: 'data_sufficiency=yes', named: 'data_sufficiency' }, // inapplicable: predictive_roi=no below
  { part: 'stage=production', named: 'stage' },
  { part: 'stage=scale', named: 'stage' }, // repeated: the first valid one (production) wins
  { part: 'size=growth', named: '' },
  { part: 'predictive_roi=no', named: '' },
  { part: 'integration_speed=yes', named: '' },
  { part: 'agentic=yes', named: '' },
  { part: 'regulated=yes', named: '' },
  { part: 'urgency=quarter', named: '' },
  // Last, as the query is read only up to its first 4,096 characters.
  { part: `production_soon=${'A'.repeat(5000)}`, named: 'production_soon' },
];
/** The valid answers the hostile link carries. */
const HOSTILE_ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software', 'devops'] });
const { urgency: _, ...HOSTILE_ANSWERS_NO_URGENCY } = HOSTILE_ANSWERS;

const HOSTILE_LINKS = [
  { name: 'whose other answers are complete', parts: HOSTILE, answers: HOSTILE_ANSWERS as Answers, complete: true },
  {
    name: 'that leaves urgency unanswered',
    parts: HOSTILE.filter((h) => h.part !== 'urgency=quarter'),
    answers: HOSTILE_ANSWERS_NO_URGENCY as Answers,
    complete: false,
  },
].map((link) => ({ ...link, query: link.parts.map((h) => h.part).join('&') }));

const INCOMPLETE_QUERY = 'stage=pilot&size=startup';
const STILL_TO_ANSWER: QuestionId[] = ['predictive_roi', 'integration_speed', 'agentic', 'production_soon', 'regulated', 'have', 'urgency'];

// ---------------------------------------------------------------------------------------------
// One browser for the file. Each result page loads once, in a fresh context, watched from the
// first byte until the network is idle; every check of that page reads the same load.

let browser: Browser;
const loads = new Map<string, Promise<Awaited<ReturnType<typeof openResult>>>>();

function open(query: string) {
  if (!loads.has(query)) loads.set(query, openResult(browser, query, 'networkidle'));
  return loads.get(query)!;
}

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await Promise.all([...loads.values()].map(async (opened) => (await opened).context.close()));
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------

describe('a complete answer set', () => {
  it.each(CASES)("shows the hire order of $name in the engine's order", async ({ answers }) => {
    const expected = recommend(answers);
    const { page } = await open(toQuery(answers));
    await page.locator('[data-hire-order]').waitFor();
    const shown = await readResult(page);

    expect(shown.order.map(({ role, group }) => ({ role, group }))).toEqual(expected.hireOrder.map(({ role, group }) => ({ role, group })));
    expect(shown.covered.map((c) => c.role)).toEqual(expected.covered.map((c) => c.role));
    expect(shown.warnings.map((w) => w.id)).toEqual(expected.warnings.map((w) => w.id));
    expect(shown.noticeCount).toBe(0);
    expect(brokenInvariants(withShownOrder(expected, shown.order))).toEqual([]);
  });

  it("opens a link to one seat (as the embed's chips make) scrolled to that seat", async () => {
    const answers = CASES[2]!.answers;
    const last = recommend(answers).hireOrder.at(-1)!.role;
    const { page } = await open(`${toQuery(answers)}#seat-${last}`);
    const seat = page.locator(`#seat-${last}`);
    await seat.waitFor();
    const inView = () => seat.evaluate((el) => { const top = el.getBoundingClientRect().top; return top >= 0 && top < window.innerHeight; });
    await expect.poll(inView, { timeout: 3000 }).toBe(true);
  });

  it.each(CASES)('shows every seat of $name with its count, reasons and linked sources', async ({ answers }) => {
    const expected = recommend(answers);
    const { page } = await open(toQuery(answers));
    await page.locator('[data-hire-order]').waitFor();
    const shown = await readResult(page);

    expect(shown.order).toHaveLength(expected.hireOrder.length);
    expected.hireOrder.forEach((item, index) => {
      const card = shown.order[index]!;
      if (item.count) expect(card.text, item.role).toContain(formatCount(item.count));
      for (const reason of item.reasons) expect(card.text, item.role).toContain(sentenceOf(reason).replace(/\s+/g, ' ').trim());
      const others = expected.disagreements.filter((d) => d.anchor === item.role).map((d) => d.other);
      // A reason on this plan's threshold has no source link (domain.md, version 3: "labels it so, with no source id").
      const sourced = [...others, ...item.reasons].map((reason) => sourceOf(reason)).filter((source) => source !== undefined);
      expect(card.sources, `${item.role}: one source link per sourced reason, the other view of a disagreement first`).toEqual(sourced);
      if (item.reasons.some((reason) => sourceOf(reason) === undefined)) expect(card.text, item.role).toContain(resultWording.text.threshold);
    });
    for (const covered of expected.covered) {
      const card = shown.covered.find((c) => c.role === covered.role);
      if (covered.suggestedCount) expect(card?.text, covered.role).toContain(formatCount(covered.suggestedCount));
    }
  });

  it.each(CASES)('links each "because you answered" of $name back to that question, prefilled', async ({ answers }) => {
    const expected = recommend(answers);
    const { page } = await open(toQuery(answers));
    await page.locator('[data-hire-order]').waitFor();
    const shown = await readResult(page);

    expected.hireOrder.forEach((item, index) => {
      const others = expected.disagreements.filter((d) => d.anchor === item.role).map((d) => d.other);
      const questions = [...others, ...item.reasons].flatMap(questionsOf);
      expect(shown.order[index]?.questionLinks, item.role).toEqual(questions.map((question) => quizUrl(answers, question)));
    });
    expected.warnings.forEach((warning, index) => {
      expect(shown.warnings[index]?.questionLinks, warning.id).toEqual(questionsOf(warning.reason).map((question) => quizUrl(answers, question)));
    });
    // Every link that reopens a question elsewhere on the page does so with all the answers.
    const reopenable = new Set(questionPath(answers).map((question) => quizUrl(answers, question)));
    expect(shown.allQuestionLinks.length).toBeGreaterThan(0);
    expect(shown.allQuestionLinks.filter((href) => !reopenable.has(href))).toEqual([]);
  });
});

describe('a hostile link', () => {
  it.each(HOSTILE_LINKS)('runs nothing from a hostile link $name, names each bad parameter as text and still works', async ({ parts, query, answers, complete }) => {
    const { page, problems } = await open(query);
    const trace = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          const suspicious = /pwned|alert\(/i.test(attr.value) || /^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value);
          // The notice may carry a parameter's name as a data attribute: text, never markup.
          const shownAsText = attr.name === 'data-parameter' && el.closest('[data-notice]') !== null;
          if (suspicious && !shownAsText) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        }
        if (el.localName === 'script' && /pwned|alert\(/.test(el.textContent ?? '')) found.push('<script> with a payload');
      }
      return { pwned: (window as { __pwned?: unknown }).__pwned, title: document.title, found };
    });

    expect(problems.dialogs).toEqual([]);
    expect(trace.pwned).toBeUndefined();
    expect(trace.title).toBe(builtTitle());
    expect(trace.found).toEqual([]);

    // The notice is the island's: under load it paints a moment after the page's heading.
    const notice = page.locator('[data-notice]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.isVisible()).toBe(true);
    const shown = await readResult(page);
    for (const { named } of parts) if (named) expect(shown.noticeText).toContain(named);

    if (complete) {
      const expected = recommend(answers as CompleteAnswers);
      expect(shown.order.map(({ role, group }) => ({ role, group }))).toEqual(expected.hireOrder.map(({ role, group }) => ({ role, group })));
    } else {
      expect(shown.hasHireOrder).toBe(false);
      expect(shown.noticeText).toMatch(/missing/i);
      const continueLinks = await notice.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(continueLinks).toContain(quizUrl(answers));
    }
  });
});

describe('an incomplete link', () => {
  it('names the questions still to answer and continues the quiz with the answers given', async () => {
    const { page } = await open(INCOMPLETE_QUERY);
    const notice = page.locator('[data-notice]');
    await notice.waitFor();
    const shown = await readResult(page);

    expect(shown.hasHireOrder).toBe(false);
    for (const question of STILL_TO_ANSWER) expect(shown.noticeText).toContain(question);
    const continueLinks = await notice.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(continueLinks).toContain(siteUrl(`/?${INCOMPLETE_QUERY}&v=${MODEL_VERSION}`));
  });
});

describe('when the words a result is written with do not load', () => {
  it('says so as an alert, keeps the answers in the link, and shows the plan once Try again reaches them', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/result/words.json', (route) => route.abort('internetdisconnected'));
    const query = toQuery(CASES[0]!.answers);
    await page.goto(siteUrl(`/result/?${query}`));
    const alert = page.locator('[data-words-failed]');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toBe(resultWording.text.wordsFailed);
    expect(await page.locator('[data-plan]').count(), 'no plan without its words').toBe(0);
    expect(new URL(page.url()).search, 'the answers stay in the link').toBe(`?${query}`);
    const onward = page.getByRole('link', { name: resultWording.text.continueQuiz });
    expect(await onward.getAttribute('href'), 'a way on without the words: the questionnaire, prefilled').toBe(new URL(quizUrl(CASES[0]!.answers)).pathname + new URL(quizUrl(CASES[0]!.answers)).search);

    await page.unroute('**/result/words.json');
    await page.getByRole('button', { name: resultWording.text.tryAgain }).click();
    await page.locator('[data-hire-order]').waitFor();
    expect(await alert.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.matches('main h1')), 'the focus moves to the heading, not lost with the button').toBe(true);
    const shown = await readResult(page);
    expect(shown.order.map(({ role }) => role)).toEqual(recommend(CASES[0]!.answers).hireOrder.map((item) => item.role));
    await context.close();
  });
});

describe('the model version in a link', () => {
  const answers = CASES[2]!.answers;

  it('shows the current result of an older link and says the rules have changed since', async () => {
    const { page } = await open(`${withoutVersion(answers)}&v=${MODEL_VERSION - 1}`);
    await page.locator('[data-hire-order]').waitFor();
    const shown = await readResult(page);

    expect(shown.order.map((item) => item.role)).toEqual(recommend(answers).hireOrder.map((item) => item.role));
    expect(await page.locator('[data-notice]').isVisible()).toBe(true);
    expect(shown.noticeText).toMatch(/rules/i);
    expect(shown.noticeText).toMatch(/chang|earlier|older/i);
  });

  it('shows no notice for a link without a version', async () => {
    const { page } = await open(withoutVersion(answers));
    await page.locator('[data-hire-order]').waitFor();
    const shown = await readResult(page);

    expect(shown.order.map((item) => item.role)).toEqual(recommend(answers).hireOrder.map((item) => item.role));
    expect(shown.noticeCount).toBe(0);
  });
});

describe('every result page', () => {
  const PAGES: { name: string; query: string }[] = [
    ...CASES.map(({ name, answers }) => ({ name: `the result of ${name}`, query: toQuery(answers) })),
    ...HOSTILE_LINKS.map(({ name, query }) => ({ name: `a hostile link ${name}`, query })),
    { name: 'an incomplete link', query: INCOMPLETE_QUERY },
    { name: 'an older link', query: `${withoutVersion(CASES[2]!.answers)}&v=${MODEL_VERSION - 1}` },
    { name: 'a link without a version', query: withoutVersion(CASES[2]!.answers) },
  ];

  it.each(PAGES)('loads $name with no console error, page error or request to another host', async ({ query }) => {
    const { problems } = await open(query);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] });
  });

  it('asks search engines not to index results', async () => {
    const { page } = await open(toQuery(CASES[0]!.answers));
    const robots = await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
    expect(robots).toHaveLength(1);
    expect(robots[0]!.split(',').map((d) => d.trim().toLowerCase())).toContain('noindex');
  });
});

describe('job-description starters on the result', () => {
  it.each(CASES)('give every seat to fill now of $name a starter naming its sources and tailored to the result', async ({ answers }) => {
    const expected = recommend(answers);
    const { page } = await open(toQuery(answers));
    await page.locator('[data-hire-order]').waitFor();
    const sources = Object.fromEntries((await loadList('content/sources.yaml')).map((source) => [source.id, String(source.title)]));
    for (const item of expected.hireOrder) {
      const starter = page.locator(`[data-hire-order] [data-role="${item.role}"] [data-jd="${item.role}"] textarea`);
      if (item.group !== 'now') {
        expect(await starter.count(), item.role).toBe(0);
        continue;
      }
      // The starter loads when its seat's details are first opened.
      expect(await starter.count(), `${item.role} before its details open`).toBe(0);
      await page.locator(`[data-hire-order] [data-role="${item.role}"] .item-details > summary`).click();
      const text = await starter.inputValue();
      for (const source of await readRoleSources(item.role)) expect(text, `${item.role} cites ${source}`).toContain(sources[source]!.replace(/([\\`*_[\]<>#|~])/g, '\\$1'));
      if (answers.regulated === 'yes') expect(text, item.role).toMatch(/regulated/i);
    }
  });
});

/** A role file's `sources` list, read as plain YAML lines (one-object files). */
async function readRoleSources(role: string): Promise<string[]> {
  const text = readFileSync(resolve(`content/roles/${role}.yaml`), 'utf8');
  const line = /^sources:\s*\[([^\]]*)\]/m.exec(text)?.[1] ?? '';
  return line.split(',').map((id) => id.trim()).filter(Boolean);
}
