/**
 * The link builder's logic (src/share/): the link for partial answers, where it lands, what
 * the recipient will see, the messages to paste, and the builder's state as it changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIONS, QUESTION_IDS, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { cleanSenderText, parseSender } from '../../src/engine/sender.ts';
import { SENDER_LIMITS, SENDER_READ_FACTOR } from '../../src/engine/limits.ts';
import { parseAnswers } from '../../src/engine/url.ts';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { shareLink } from '../../src/share/link.ts';
import { recipientView } from '../../src/share/recipient.ts';
import { messageText, recipientSentence } from '../../src/share/messages.ts';
import { createShareBuilder, toggledHave } from '../../src/share/builder-model.ts';
import { SHARE_WORDING } from '../../src/share/wording.ts';
import { answersWith } from '../helpers/domain.ts';
import { samplePartialAnswers } from '../helpers/partial-answers.ts';
import { askedQuestions, canonicalQuery, landingOf, linkPathOf } from '../helpers/canonical-link.ts';

const PARTIAL = samplePartialAnswers(2_000, 20261202);
/** The query of a link path, without `?`. */
const queryOf = (path: string) => path.slice(path.indexOf('?') + 1);
/** The questions on the answers' path that the sender left open (restated from domain.md, tests/helpers/canonical-link.ts). */
const leftOpen = (answers: Answers) => askedQuestions(answers).filter((question) => answers[question] === undefined);

describe('the link for partial answers', () => {
  it('carries exactly the answers set, canonical, and lands where the first open question is (2,000 sets)', () => {
    for (const answers of PARTIAL) {
      const { path, target } = shareLink('/', answers, {});
      // Restated from contract.md: the canonical query, on the quiz while a question is open, else the result.
      expect(path, JSON.stringify(answers)).toBe(linkPathOf('/', answers));
      const landing = landingOf(answers);
      expect(target, path).toEqual(landing === 'result' ? { page: 'result' } : { page: 'quiz', question: landing });
      expect(parseAnswers(queryOf(path)).answers, 'the link reads back as the answers set').toEqual(answers);
    }
  });

  it('sees both kinds of link in the sample, and both conditional questions set and open', () => {
    const targets = PARTIAL.map((answers) => shareLink('/', answers, {}).target.page);
    expect(targets.filter((page) => page === 'result').length).toBeGreaterThan(200);
    expect(targets.filter((page) => page === 'quiz').length).toBeGreaterThan(1_000);
    for (const question of ['data_sufficiency', 'production_soon'] as const) {
      expect(PARTIAL.some((answers) => answers[question] !== undefined), question).toBe(true);
      expect(PARTIAL.some((answers) => leftOpen(answers).includes(question)), question).toBe(true);
    }
  });

  it('writes a conditional answer only where its condition holds', () => {
    const stray: Answers = { predictive_roi: 'no', data_sufficiency: 'yes', stage: 'production', production_soon: 'yes' };
    expect(shareLink('/', stray, {}).path).toBe(`/?stage=production&predictive_roi=no&v=${MODEL_VERSION}`);
    const applies: Answers = { stage: 'pilot', predictive_roi: 'yes', data_sufficiency: 'no', production_soon: 'yes' };
    expect(shareLink('/', applies, {}).path).toBe(`/?stage=pilot&predictive_roi=yes&data_sufficiency=no&production_soon=yes&v=${MODEL_VERSION}`);
  });

  it('opens the quiz at its first question with nothing set, at the first open one, or the result when all are set', () => {
    expect(shareLink('/', {}, {})).toEqual({ path: `/?v=${MODEL_VERSION}`, target: { page: 'quiz', question: 'stage' } });
    expect(shareLink('/tools/hire/', { stage: 'scale', predictive_roi: 'no' }, {})).toEqual({
      path: `/tools/hire/?stage=scale&predictive_roi=no&v=${MODEL_VERSION}`, target: { page: 'quiz', question: 'size' },
    });
    const complete = answersWith({ stage: 'production', have: [] });
    expect(shareLink('/tools/hire/', complete, { from: 'Ana' })).toEqual({
      path: `/tools/hire/result/?${canonicalQuery(complete)}&from=Ana`, target: { page: 'result' },
    });
  });

  it("adds the sender's label and note after the answers, cleaned and clipped", () => {
    const from = `\u202Eevil\u202C <b>Ana</b> ${'x'.repeat(200)}`;
    const note = `<script>alert(1)</script>\n<img src=x onerror=alert(2)> ${'🙂'.repeat(10_000)}`;
    const { path } = shareLink('/', { stage: 'pilot' }, { from, note });
    const query = queryOf(path);
    expect(query.startsWith(`stage=pilot&v=${MODEL_VERSION}&from=`), query.slice(0, 60)).toBe(true);
    expect(query.indexOf('&from=')).toBeLessThan(query.indexOf('&note='));
    const sent = parseSender(query);
    expect(sent).toEqual({ from: cleanSenderText(from, SENDER_LIMITS.from), note: cleanSenderText(note, SENDER_LIMITS.note) });
    expect(sent.from!.startsWith('evil <b>Ana</b> xx')).toBe(true);
    expect(Array.from(sent.from!)).toHaveLength(SENDER_LIMITS.from);
    expect(Array.from(sent.note!)).toHaveLength(SENDER_LIMITS.note);
    expect(sent.note!.startsWith('<script>alert(1)</script> <img src=x onerror=alert(2)> 🙂')).toBe(true);
    expect(sent.note!.endsWith('…')).toBe(true);
    expect(parseAnswers(query).problems).toEqual([]);
    expect(shareLink('/', {}, { from: ' \u202E ', note: '\n\t' }).path, 'blank text is left out').toBe(`/?v=${MODEL_VERSION}`);
  });

  it('never ends in a character that mail and chat apps cut off the end of a link (2,000 notes)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 80 }), (note, from) => {
      const { path } = shareLink('/', {}, { from, note });
      return /([A-Za-z0-9]|%[0-9A-F]{2})$/.test(path) && parseSender(queryOf(path)).note === (cleanSenderText(note, SENDER_LIMITS.note) || undefined);
    }), { numRuns: 2_000 });
    expect(shareLink('/', {}, { note: "Thanks! (really) it's *fine*." }).path).toMatch(/note=Thanks%21%20%28really%29%20it%27s%20%2Afine%2A%2E$/);
  });
});

/** Every way the recipient could answer what is left open (`have`: nobody or everybody). */
function* completionsOf(answers: Answers): Generator<Answers> {
  const open = QUESTION_IDS.filter((question) => answers[question] === undefined);
  function* fill(index: number, so: Answers): Generator<Answers> {
    if (index === open.length) return yield so;
    const question: QuestionId = open[index]!;
    const values = question === 'have' ? [[], [...OPTIONS.have]] : OPTIONS[question];
    for (const value of values) yield* fill(index + 1, { ...so, [question]: value });
  }
  yield* fill(0, answers);
}

describe('what the recipient will see', () => {
  it('counts the answers set and the questions left, restated from domain.md over every way they could answer (400 sets)', () => {
    for (const answers of PARTIAL.slice(0, 400)) {
      const set = askedQuestions(answers).filter((question) => answers[question] !== undefined).length;
      let min = Infinity;
      let max = -Infinity;
      for (const completed of completionsOf(answers)) {
        const asked = askedQuestions(completed).filter((question) => answers[question] === undefined).length;
        min = Math.min(min, asked);
        max = Math.max(max, asked);
      }
      expect(recipientView(answers), JSON.stringify(answers)).toEqual({ set, left: { min, max } });
    }
  });

  it('says it in words', () => {
    expect(recipientSentence({ set: 3, left: { min: 6, max: 6 } }, SHARE_WORDING.recipient)).toBe('They will answer 6 questions; 3 are set for them.');
    expect(recipientSentence({ set: 1, left: { min: 1, max: 1 } }, SHARE_WORDING.recipient)).toBe('They will answer 1 question; 1 is set for them.');
    expect(recipientSentence(recipientView({}), SHARE_WORDING.recipient)).toBe('They will answer 8 to 10 questions (some depend on their answers); none is set for them.');
    expect(recipientSentence(recipientView({ stage: 'scale' }), SHARE_WORDING.recipient)).toBe('They will answer 7 or 8 questions (one depends on their answers); 1 is set for them.');
  });
});

describe('the messages to paste', () => {
  const lines = ['Hi,', '', '{note}', '', 'Answer here: {link}', '', 'Best,', '{from}'];

  it('leaves out a line whose slot is empty, with the blank line around it', () => {
    expect(messageText(lines, 'https://x.test/?v=2', {})).toBe('Hi,\n\nAnswer here: https://x.test/?v=2\n\nBest,');
    expect(messageText(lines, 'L', { from: 'Ana', note: 'See you Tuesday' })).toBe('Hi,\n\nSee you Tuesday\n\nAnswer here: L\n\nBest,\nAna');
  });

  it('puts hostile text in as literal text, and never reads slots inside it', () => {
    const note = '<script>alert(1)</script> {link} {from}';
    expect(messageText(lines, 'L', { from: '{note}', note })).toBe(`Hi,\n\n${note}\n\nAnswer here: L\n\nBest,\n{note}`);
  });

  it('carries the link in every message of content/share.json', () => {
    for (const medium of ['email', 'chat'] as const) {
      for (const [kind, template] of Object.entries(SHARE_WORDING.messages[medium])) {
        expect(messageText(template, 'https://x.test/?v=2', {}), `${medium} ${kind}`).toContain('https://x.test/?v=2');
      }
    }
  });
});

describe('the builder', () => {
  it('drops an answer that no longer applies when an earlier one changes or is cleared, as the quiz does', () => {
    const builder = createShareBuilder('/');
    builder.choose('predictive_roi', 'yes');
    builder.choose('data_sufficiency', 'no');
    expect(builder.answers.value).toEqual({ predictive_roi: 'yes', data_sufficiency: 'no' });
    builder.choose('predictive_roi', 'no');
    expect(builder.answers.value).toEqual({ predictive_roi: 'no' });
    builder.choose('predictive_roi', 'yes');
    builder.choose('data_sufficiency', 'yes');
    builder.choose('predictive_roi', undefined);
    expect(builder.answers.value).toEqual({});
  });

  it('reads "none of these" as an answer and nothing ticked as left to them', () => {
    expect(toggledHave(undefined, 'none', true)).toEqual([]);
    expect(toggledHave([], 'data', true)).toEqual(['data']);
    expect(toggledHave(['ml'], 'software', true)).toEqual(['software', 'ml']);
    expect(toggledHave(['software'], 'software', false)).toBeUndefined();
    expect(toggledHave([], 'none', false)).toBeUndefined();
  });

  it('prefills from a link through the codec, keeping the valid answers and naming the rest', () => {
    const builder = createShareBuilder('/');
    builder.load('?stage=pilot&stage=scale&size=huge&colour=blue&data_sufficiency=yes&from=%20Ana%20&note=Hi', 'https://x.test/share/?stage=pilot');
    expect(builder.answers.value).toEqual({ stage: 'pilot' });
    expect(builder.problems.value.map((problem) => `${problem.kind}:${problem.parameter}`)).toEqual([
      'duplicate:stage', 'unknown-option:size', 'unknown-parameter:colour', 'inapplicable:data_sufficiency',
    ]);
    expect([builder.from.value, builder.note.value]).toEqual(['Ana', 'Hi']);
    expect(builder.href.value).toBe(`https://x.test/?stage=pilot&v=${MODEL_VERSION}&from=Ana&note=Hi`);
  });

  it('clips what is typed, however much, and the link carries the cleaned text', () => {
    const builder = createShareBuilder('/');
    builder.setNote('a'.repeat(10_000));
    expect(builder.note.value.length).toBe(SENDER_READ_FACTOR * SENDER_LIMITS.note);
    expect(Array.from(builder.sender.value.note!)).toHaveLength(SENDER_LIMITS.note);
    builder.setFrom('  ');
    expect(builder.sender.value.from).toBeUndefined();
  });
});
