/** Which question a quiz opens (engine/answers.ts `questionToOpen`), and how many it may still ask (`possiblePath`). */
import { describe, expect, it } from 'vitest';
import { possiblePath, questionPath, questionToOpen, type Answers, type OpenRequest, type QuestionId } from '../../src/engine/answers.ts';
import { allAnswerSets } from '../helpers/answer-space.ts';
import { answersWith } from '../helpers/domain.ts';

/** A pilot with a predictive task: both conditional questions are asked. */
const FULL = answersWith({ stage: 'pilot', predictive_roi: 'yes', data_sufficiency: 'no', production_soon: 'yes' });
/** FULL up to (not including) `question`. */
function before(question: QuestionId): Answers {
  const path = questionPath(FULL);
  return Object.fromEntries(path.slice(0, path.indexOf(question)).map((q) => [q, FULL[q]])) as Answers;
}
const SCALE = answersWith({ stage: 'scale', predictive_roi: 'no' });

const link = (question: QuestionId): OpenRequest => ({ from: 'link', question });
const history = (question: QuestionId): OpenRequest => ({ from: 'history', question });
const prefill: OpenRequest = { from: 'prefill' };
const backFromResult: OpenRequest = { from: 'result' };

// [what, answers, request, the question opened]
const OPENINGS: [string, Answers, OpenRequest, QuestionId | 'result'][] = [
  // A prefill: the link's or this device's answers, no question named.
  ['a prefill of nothing opens the first question', {}, prefill, 'stage'],
  ['a prefill opens at its first gap', before('agentic'), prefill, 'agentic'],
  ['a prefill with a gap in the middle opens at the gap', { stage: 'pilot', regulated: 'no' }, prefill, 'size'],
  ['a prefill opens at a conditional question its answers call for', before('data_sufficiency'), prefill, 'data_sufficiency'],
  ['a complete prefill opens the result', FULL, prefill, 'result'],
  // #q=: a link naming a question.
  ['a link opens its answered question', FULL, link('regulated'), 'regulated'],
  ['a link opens the first question of complete answers', FULL, link('stage'), 'stage'],
  ['a link opens the first gap itself', before('size'), link('size'), 'size'],
  ['a link past the first gap opens at the gap', before('size'), link('urgency'), 'size'],
  ['a link to a question that does not apply opens at the gap', { stage: 'pilot', predictive_roi: 'no' }, link('data_sufficiency'), 'size'],
  ['a link to a question that does not apply, with complete answers, opens the result', SCALE, link('production_soon'), 'result'],
  // A browser history entry.
  ['a history entry opens its question', FULL, history('agentic'), 'agentic'],
  ['a history entry whose question no longer applies opens the nearest earlier one', SCALE, history('production_soon'), 'agentic'],
  ['a history entry of a dropped data question opens predictive_roi', SCALE, history('data_sufficiency'), 'predictive_roi'],
  ['a history entry never opens the result', SCALE, history('urgency'), 'urgency'],
  ['a history entry past a question a change opened opens that question', { ...SCALE, stage: 'pilot' }, history('urgency'), 'production_soon'],
  // Back from the result.
  ['Back from the result opens the last question', FULL, backFromResult, 'urgency'],
  ['Back from the result of a scale company opens the last question', SCALE, backFromResult, 'urgency'],
];

describe('the question a quiz opens', () => {
  it.each(OPENINGS)('%s', (_, answers, request, opened) => {
    expect(questionToOpen(answers, request)).toBe(opened);
  });

  it('is never a question past the first gap, whatever is asked for, on every path and prefix', () => {
    let checked = 0;
    for (const answers of allAnswerSets([[]])) {
      const path = questionPath(answers);
      for (let k = 0; k <= path.length; k += 1) {
        const prefix = Object.fromEntries(path.slice(0, k).map((q) => [q, answers[q]])) as Answers;
        const gap = questionPath(prefix).findIndex((q) => prefix[q] === undefined);
        for (const request of [prefill, backFromResult, link(path[k % path.length]!), history(path[(k * 7) % path.length]!)]) {
          const opened = questionToOpen(prefix, request);
          if (opened === 'result') expect(gap, JSON.stringify({ prefix, request })).toBe(-1);
          else if (gap >= 0) expect(questionPath(prefix).indexOf(opened)).toBeLessThanOrEqual(gap);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(2268 * 8 * 4);
  });
});

describe('the questions a quiz may still ask', () => {
  it.each<[string, Answers, number]>([
    ['before any answer: all ten', {}, 10],
    ['a pilot who has not said about prediction yet: ten', { stage: 'pilot' }, 10],
    ['a company in production: nine (no "going live soon")', { stage: 'production' }, 9],
    ['in production with no prediction task: eight', { stage: 'production', predictive_roi: 'no' }, 8],
    ['a pilot with a prediction task: ten', { stage: 'pilot', predictive_roi: 'yes' }, 10],
  ])('%s', (_, answers, count) => expect(possiblePath(answers)).toHaveLength(count));

  it('only falls as answers are given along any path, and ends at the path asked', () => {
    for (const answers of allAnswerSets([[]])) {
      const path = questionPath(answers);
      let previous = Infinity;
      for (let k = 0; k <= path.length; k += 1) {
        const prefix = Object.fromEntries(path.slice(0, k).map((q) => [q, answers[q]])) as Answers;
        const count = possiblePath(prefix).length;
        expect(count).toBeLessThanOrEqual(previous);
        expect(possiblePath(prefix)).toEqual(expect.arrayContaining(questionPath(prefix)));
        previous = count;
      }
      expect(possiblePath(answers)).toEqual(path);
    }
  });
});
