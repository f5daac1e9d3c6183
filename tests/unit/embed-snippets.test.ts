/**
 * The code the embed builder hands out (src/embed/snippets.ts): each snippet carries exactly
 * the options chosen, answers through the codec, every value escaped for its attribute, and the
 * loader's frame, the plain iframe and the pasted address all ask the embed for the same thing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIONS, QUESTION_IDS, dropInapplicable, type Answers } from '../../src/engine/answers.ts';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { parseAnswers, toQuery } from '../../src/engine/url.ts';
import { frameSrc } from '../../src/embed/loader-messages.ts';
import { readThemeOptions } from '../../src/embed/theme-options.ts';
import { EMBED_OPTION_LENGTH } from '../../src/engine/limits.ts';
import { embedIdOf, frameSnippet, loaderSnippet, pageAddress, snippetsFor, type EmbedChoice } from '../../src/embed/snippets.ts';
import { elementsOf, parseHtml } from '../helpers/html-outline.ts';

const ROOT = 'https://hire-order.example/tools/';
const TITLE = 'Plan your AI hires';
const PLAIN: EmbedChoice = { answers: {}, theme: 'light', accent: null, transparent: false, embedId: '' };
const HOSTILE_ID = `"><script>alert(1)</script><a title='x' href="javascript:alert(2)">&amp;`;

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((question) => [
    question,
    question === 'have' ? fc.subarray([...OPTIONS.have]) : fc.constantFrom(...OPTIONS[question]),
  ])) as Record<string, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
const choiceArb: fc.Arbitrary<EmbedChoice> = fc.record({
  answers: answersArb,
  theme: fc.constantFrom('light', 'dark', 'auto'),
  accent: fc.option(fc.stringMatching(/^#[0-9a-f]{6}$/), { nil: null }),
  transparent: fc.boolean(),
  embedId: fc.oneof(fc.constant(''), fc.constant(HOSTILE_ID), fc.string({ minLength: 1, maxLength: 30 }).map(embedIdOf)),
});

/** The one opening tag named `name` in `html`, its attributes decoded as a browser would. */
function tag(html: string, name: string): Map<string, string> {
  const found = elementsOf(parseHtml(html)).filter((element) => element.name === name);
  expect(found, `one <${name}> in ${html}`).toHaveLength(1);
  return found[0]!.attrs;
}

/** What an embed address asks for, read the way the embed reads it. */
function askedBy(url: string) {
  const { searchParams, search } = new URL(url);
  const { answers, problems } = parseAnswers(search);
  return { names: [...new Set(searchParams.keys())].sort(), answers, problems, options: readThemeOptions(search), embedId: searchParams.get('embed_id') };
}

/** The query names a choice should produce, sorted. */
function expectedNames(choice: EmbedChoice): string[] {
  const answered = Object.keys(dropInapplicable(choice.answers).answers);
  return [
    ...answered, ...(answered.length > 0 ? ['v'] : []),
    ...(choice.theme !== 'light' ? ['theme'] : []), ...(choice.accent ? ['accent'] : []),
    ...(choice.transparent ? ['bg'] : []), ...(choice.embedId ? ['embed_id'] : []),
  ].sort();
}

function expectAsked(url: string, choice: EmbedChoice) {
  const asked = askedBy(url);
  expect(asked.names).toEqual(expectedNames(choice));
  expect(asked.problems).toEqual([]);
  expect(asked.answers).toEqual(dropInapplicable(choice.answers).answers);
  expect(asked.options).toEqual({ theme: choice.theme, accent: choice.accent, transparent: choice.transparent });
  expect(asked.embedId).toBe(choice.embedId || null);
}

describe('the snippets with nothing chosen', () => {
  it('are the bare loader element, the site address and a bare frame', () => {
    expect(loaderSnippet(ROOT, PLAIN)).toBe(`<div data-hire-order></div>\n<script src="${ROOT}embed.js" async></script>`);
    expect(pageAddress(ROOT, PLAIN)).toBe(ROOT);
    expect(frameSnippet(ROOT, PLAIN, TITLE)).toBe(`<iframe src="${ROOT}embed/" title="${TITLE}" width="600" height="720" loading="lazy" style="width:100%;border:0"></iframe>`);
  });
});

describe('each snippet, for any choice', () => {
  it('the HTML one: a loader element with exactly the chosen data-* options and the loader script', () => {
    fc.assert(fc.property(choiceArb, (choice) => {
      const html = loaderSnippet(ROOT, choice);
      expect(parseHtml(html).map((element) => `${element.name} with ${element.children.length} elements`)).toEqual(['div with 0 elements', 'script with 0 elements']);
      const div = tag(html, 'div');
      const data = Object.fromEntries([...div].filter(([name]) => name.startsWith('data-')));
      const answers = toQuery(choice.answers);
      expect(data).toEqual({
        'data-hire-order': '',
        ...(expectedNames(choice).includes('v') ? { 'data-answers': answers } : {}),
        ...(choice.theme !== 'light' ? { 'data-theme': choice.theme } : {}),
        ...(choice.accent ? { 'data-accent': choice.accent } : {}),
        ...(choice.transparent ? { 'data-bg': 'transparent' } : {}),
        ...(choice.embedId ? { 'data-embed-id': choice.embedId } : {}),
      });
      expect([...tag(html, 'script')]).toEqual([['src', `${ROOT}embed.js`], ['async', '']]);
      // The frame the loader makes of it asks for what the choice says (the loader numbers frames without an id).
      const dataset = { answers: data['data-answers'], theme: data['data-theme'], accent: data['data-accent'], bg: data['data-bg'] };
      expectAsked(frameSrc(`${ROOT}embed/`, dataset, choice.embedId || 'hire-order-1'), { ...choice, embedId: choice.embedId || 'hire-order-1' });
    }), { numRuns: 2_000 });
  });

  it('the Markdown one: one titled, lazy iframe whose address asks for exactly the choice', () => {
    fc.assert(fc.property(choiceArb, (choice) => {
      const html = frameSnippet(ROOT, choice, TITLE);
      const frame = tag(html, 'iframe');
      expect(frame.get('title')).toBe(TITLE);
      expect(frame.get('loading')).toBe('lazy');
      expect(frame.get('src')!.startsWith(`${ROOT}embed/`)).toBe(true);
      expectAsked(frame.get('src')!, choice);
    }), { numRuns: 2_000 });
  });

  it('the address to paste (WordPress, Ghost): the questionnaire page, asking for exactly the choice', () => {
    fc.assert(fc.property(choiceArb, (choice) => {
      const address = pageAddress(ROOT, choice);
      expect(new URL(address).origin + new URL(address).pathname).toBe(ROOT);
      expect(address).not.toMatch(/[\s"'<>#()]/);
      expectAsked(address, choice);
    }), { numRuns: 2_000 });
  });
});

describe('escaping and the codec', () => {
  it('escapes a hostile embed id for the attribute and encodes it in addresses', () => {
    const choice = { ...PLAIN, embedId: HOSTILE_ID };
    const html = loaderSnippet(ROOT, choice);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<a ');
    expect(tag(html, 'div').get('data-embed-id')).toBe(HOSTILE_ID);
    const frame = frameSnippet(ROOT, choice, `A "title" <b>`);
    expect(elementsOf(parseHtml(frame)).map((element) => element.name)).toEqual(['iframe']);
    expect(tag(frame, 'iframe').get('title')).toBe('A "title" <b>');
    expect(new URL(tag(frame, 'iframe').get('src')!).searchParams.get('embed_id')).toBe(HOSTILE_ID);
  });

  it('writes answers as the codec does, dropping those that do not apply, with the model version', () => {
    const answers: Answers = { stage: 'scale', production_soon: 'yes', predictive_roi: 'no', data_sufficiency: 'yes', have: [] };
    expect(pageAddress(ROOT, { ...PLAIN, answers })).toBe(`${ROOT}?stage=scale&predictive_roi=no&have=none&v=${MODEL_VERSION}`);
    // Only answers that do not apply: nothing to prefill.
    expect(pageAddress(ROOT, { ...PLAIN, answers: { data_sufficiency: 'yes' } })).toBe(ROOT);
  });

  it('puts the options after the answers, URL-encoded (a bare # would end the query)', () => {
    const choice: EmbedChoice = { answers: { stage: 'pilot' }, theme: 'dark', accent: '#ee6633', transparent: true, embedId: 'post 7' };
    expect(pageAddress(ROOT, choice)).toBe(`${ROOT}?stage=pilot&v=${MODEL_VERSION}&theme=dark&accent=%23ee6633&bg=transparent&embed_id=post%207`);
  });

  it('takes an embed id as the embed will echo it: trimmed and cut to its length', () => {
    expect(embedIdOf('  post-7 ')).toBe('post-7');
    expect(embedIdOf('x'.repeat(300))).toHaveLength(EMBED_OPTION_LENGTH);
  });
});

describe('the snippets of each platform', () => {
  it('are the loader for HTML, the address for WordPress, both for Ghost, the frame for Markdown', () => {
    const choice: EmbedChoice = { ...PLAIN, theme: 'dark' };
    expect(snippetsFor('html', ROOT, choice, TITLE)).toEqual([loaderSnippet(ROOT, choice)]);
    expect(snippetsFor('wordpress', ROOT, choice, TITLE)).toEqual([pageAddress(ROOT, choice)]);
    expect(snippetsFor('ghost', ROOT, choice, TITLE)).toEqual([loaderSnippet(ROOT, choice), pageAddress(ROOT, choice)]);
    expect(snippetsFor('markdown', ROOT, choice, TITLE)).toEqual([frameSnippet(ROOT, choice, TITLE)]);
  });
});
