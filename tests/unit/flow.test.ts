/**
 * The questionnaire machine, node by node (smart-answers style): every option of every
 * question reaches its expected next node, invalid values are ignored, BACK goes where it
 * should; then the behaviours the UI relies on (kept answers, dropped answers, prefill, `at`).
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { OPTIONS, questionPath, type Answers, type CompleteAnswers, type QuestionId } from '../../src/engine/answers.ts';
import { currentQuestion, quizMachine } from '../../src/flow/quiz-flow.ts';
import { openQuiz, stepQuiz, type QuizSnapshot } from '../../src/session/quiz-model.ts';

type Value = string | readonly string[];
type Node = QuestionId | 'result';

/** The session's own steps (src/session/quiz-model.ts): answer the question on screen, or go back. */
const answerQuiz = (snapshot: QuizSnapshot, value: Value) => stepQuiz(snapshot, { type: 'ANSWER', value });
const backQuiz = (snapshot: QuizSnapshot) => stepQuiz(snapshot, { type: 'BACK' });

/** A pilot startup that wants a custom model: both conditional questions are asked. */
const FULL: CompleteAnswers = {
  stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no',
  agentic: 'no', production_soon: 'yes', regulated: 'no', have: ['software'], urgency: 'quarter',
};

/** FULL with `changes`, keeping only the questions before `question` on its path. */
function answersBefore(question: QuestionId, changes: Answers = {}): Answers {
  const answers: Answers = { ...FULL, ...changes };
  const path = questionPath(answers);
  const kept: Answers = {};
  for (const q of path.slice(0, path.indexOf(question))) Object.assign(kept, { [q]: answers[q] });
  return kept;
}

/** The quiz opened (by prefill) at `question`, with FULL's answers and `changes` before it. */
function openAt(question: QuestionId, changes: Answers = {}): QuizSnapshot {
  const snapshot = openQuiz({ answers: answersBefore(question, changes) });
  expect(currentQuestion(snapshot)).toBe(question);
  return snapshot;
}

/** The nodes visited answering `values` in turn, starting with the current one. */
function visits(snapshot: QuizSnapshot, values: Value[]): Node[] {
  const nodes = [currentQuestion(snapshot)];
  for (const value of values) nodes.push(currentQuestion((snapshot = answerQuiz(snapshot, value))));
  return nodes;
}

// [question, answers that decide the branch, the options tried, where each leads]
const NEXT: [QuestionId, Answers, readonly Value[], Node][] = [
  ['stage', {}, OPTIONS.stage, 'size'],
  ['size', {}, OPTIONS.size, 'predictive_roi'],
  ['predictive_roi', {}, ['yes'], 'data_sufficiency'],
  ['predictive_roi', {}, ['no'], 'integration_speed'],
  ['data_sufficiency', {}, OPTIONS.data_sufficiency, 'integration_speed'],
  ['integration_speed', { predictive_roi: 'yes' }, OPTIONS.integration_speed, 'agentic'],
  ['integration_speed', { predictive_roi: 'no' }, OPTIONS.integration_speed, 'agentic'],
  ['agentic', { stage: 'exploring' }, OPTIONS.agentic, 'production_soon'],
  ['agentic', { stage: 'pilot' }, OPTIONS.agentic, 'production_soon'],
  ['agentic', { stage: 'production' }, OPTIONS.agentic, 'regulated'],
  ['agentic', { stage: 'expanding' }, OPTIONS.agentic, 'regulated'],
  ['agentic', { stage: 'scale' }, OPTIONS.agentic, 'regulated'],
  ['production_soon', {}, OPTIONS.production_soon, 'regulated'],
  ['regulated', { stage: 'pilot' }, OPTIONS.regulated, 'have'],
  ['regulated', { stage: 'scale' }, OPTIONS.regulated, 'have'],
  ['have', {}, [[], ['software'], ['ml', 'ai'], ['ai', 'software', 'ai'], OPTIONS.have], 'urgency'],
  ['urgency', {}, OPTIONS.urgency, 'result'],
];

// Values no single-choice question accepts: unknown ids, a `have` option, lists.
const INVALID: Value[] = ['', 'maybe', 'YES', 'software', ['yes'], ['software', 'robots']];

/** The distinct questions of a table, in order. */
const questionsOf = (table: readonly [QuestionId, ...unknown[]][]): QuestionId[] => [...new Set(table.map(([question]) => question))];

// [question, answers that decide the branch, where BACK leads]
const BACK: [QuestionId, Answers, QuestionId][] = [
  ['stage', {}, 'stage'],
  ['size', {}, 'stage'],
  ['predictive_roi', {}, 'size'],
  ['data_sufficiency', {}, 'predictive_roi'],
  ['integration_speed', { predictive_roi: 'yes' }, 'data_sufficiency'],
  ['integration_speed', { predictive_roi: 'no' }, 'predictive_roi'],
  ['agentic', {}, 'integration_speed'],
  ['production_soon', {}, 'agentic'],
  ['regulated', { stage: 'exploring' }, 'production_soon'],
  ['regulated', { stage: 'production' }, 'agentic'],
  ['have', {}, 'regulated'],
  ['urgency', {}, 'have'],
];

describe('each question node', () => {
  it.each(NEXT)('%s (given %o) sends %o to %s', (question, given, values, next) => {
    for (const value of values) {
      const after = answerQuiz(openAt(question, given), value);
      expect(currentQuestion(after), `${question}=${String(value)}`).toBe(next);
      const expected = question === 'have' ? OPTIONS.have.filter((id) => value.includes(id)) : value;
      expect(after.context.answers[question]).toEqual(expected);
    }
  });

  it.each(questionsOf(NEXT))('%s ignores values that are not its options', (question) => {
    const before = openAt(question);
    const invalid = question === 'have' ? ['software', 'yes', ['robots'], ['ai', 'yes']] : INVALID;
    for (const value of invalid) {
      const after = answerQuiz(before, value);
      expect(currentQuestion(after), JSON.stringify(value)).toBe(question);
      expect(after.context).toEqual(before.context);
    }
  });

  it.each(BACK)('%s (given %o) goes back to %s', (question, given, previous) => {
    expect(currentQuestion(backQuiz(openAt(question, given)))).toBe(previous);
  });

  it('goes back from the result to the last question (urgency)', () => {
    expect(currentQuestion(backQuiz(openQuiz({ answers: FULL })))).toBe('urgency');
  });
});

describe('the questionnaire', () => {
  it('keeps every answer going back, and shows the kept answer on the way forward', () => {
    let quiz = openQuiz();
    for (const value of ['production', 'growth', 'no', 'yes']) quiz = answerQuiz(quiz, value);
    expect(currentQuestion(quiz)).toBe('agentic');
    quiz = backQuiz(backQuiz(quiz));
    expect(currentQuestion(quiz)).toBe('predictive_roi');
    expect(quiz.context.answers).toEqual({ stage: 'production', size: 'growth', predictive_roi: 'no', integration_speed: 'yes' });
    quiz = answerQuiz(quiz, 'no');
    expect(currentQuestion(quiz)).toBe('integration_speed');
    expect(quiz.context.answers.integration_speed).toBe('yes');
  });

  it('goes to the next question on the path even when it is already answered', () => {
    const quiz = answerQuiz(openQuiz({ answers: FULL, open: { from: 'link', question: 'size' } }), 'growth');
    expect(currentQuestion(quiz)).toBe('predictive_roi');
    expect(quiz.context.answers.predictive_roi).toBe('yes');
  });

  it('drops data_sufficiency when predictive_roi changes from yes to no, and says so', () => {
    const quiz = answerQuiz(openQuiz({ answers: FULL, open: { from: 'link', question: 'predictive_roi' } }), 'no');
    expect(currentQuestion(quiz)).toBe('integration_speed');
    expect(quiz.context.answers).not.toHaveProperty('data_sufficiency');
    expect(quiz.context.dropped).toEqual(['data_sufficiency']);
    expect(answerQuiz(quiz, 'no').context.dropped).toEqual([]);
  });

  it('drops production_soon when stage changes from pilot to scale, then skips it', () => {
    const quiz = answerQuiz(openQuiz({ answers: FULL, open: { from: 'link', question: 'stage' } }), 'scale');
    expect(quiz.context.answers).not.toHaveProperty('production_soon');
    expect(quiz.context.dropped).toEqual(['production_soon']);
    expect(visits(quiz, ['startup', 'yes', 'yes', 'no', 'no', 'no', [], 'weeks'])).toEqual(
      ['size', 'predictive_roi', 'data_sufficiency', 'integration_speed', 'agentic', 'regulated', 'have', 'urgency', 'result'],
    );
  });

  it('asks production_soon when stage changes from production to pilot', () => {
    const quiz = answerQuiz(openQuiz({ answers: { ...FULL, stage: 'production' }, open: { from: 'link', question: 'stage' } }), 'pilot');
    expect(quiz.context.dropped).toEqual([]);
    expect(visits(quiz, ['startup', 'yes', 'yes', 'no', 'no'])).toContain('production_soon');
  });

  it.each<[string, Answers, Node]>([
    ['nothing', {}, 'stage'],
    ['the first two questions', { stage: 'scale', size: 'growth' }, 'predictive_roi'],
    ['a gap in the middle', { stage: 'pilot', regulated: 'no', urgency: 'weeks' }, 'size'],
    ['predictive_roi=yes (gap: data_sufficiency)', { stage: 'pilot', size: 'startup', predictive_roi: 'yes' }, 'data_sufficiency'],
    ['predictive_roi=no (skips data_sufficiency)', { stage: 'pilot', size: 'startup', predictive_roi: 'no' }, 'integration_speed'],
    ['a pilot through agentic (gap: production_soon)', answersBefore('production_soon'), 'production_soon'],
    ['a scale company through agentic (skips production_soon)', answersBefore('regulated', { stage: 'scale' }), 'regulated'],
    ['a complete answer set', FULL, 'result'],
  ])('a prefill of %s opens at the first unanswered question', (_, answers, opening) => {
    expect(currentQuestion(openQuiz({ answers }))).toBe(opening);
  });

  it('a complete prefill is done with the answers as output', () => {
    const quiz = openQuiz({ answers: FULL });
    expect(quiz.status).toBe('done');
    expect(quiz.output).toEqual(FULL);
  });

  it('drops prefilled answers that do not apply, and says so', () => {
    const quiz = openQuiz({ answers: { stage: 'scale', predictive_roi: 'no', data_sufficiency: 'yes', production_soon: 'no' } });
    expect(quiz.context.answers).toEqual({ stage: 'scale', predictive_roi: 'no' });
    expect(quiz.context.dropped).toEqual(['data_sufficiency', 'production_soon']);
    expect(currentQuestion(quiz)).toBe('size');
  });

  it.each<[string, QuestionId, Answers, Node]>([
    ['an answered question', 'regulated', FULL, 'regulated'],
    ['the first question of a complete set', 'stage', FULL, 'stage'],
    ['the first gap', 'size', { stage: 'pilot' }, 'size'],
    ['a question past the first gap (opens at the gap)', 'urgency', { stage: 'pilot' }, 'size'],
    ['a question that does not apply (complete: result)', 'production_soon', { ...FULL, stage: 'scale' }, 'result'],
    ['a question that does not apply (opens at the gap)', 'data_sufficiency', { stage: 'pilot', predictive_roi: 'no' }, 'size'],
  ])('`at` %s', (_, at, answers, opening) => {
    expect(currentQuestion(openQuiz({ answers, open: { from: 'link', question: at } }))).toBe(opening);
  });

  it('restarts with no answers at stage, mid-way and from the result', () => {
    const midway = stepQuiz(openQuiz({ answers: FULL, open: { from: 'link', question: 'have' } }), { type: 'RESTART' });
    expect(currentQuestion(midway)).toBe('stage');
    expect(midway.context).toEqual({ answers: {}, dropped: [], opening: { from: 'prefill' } });
    // From the result the session opens a fresh quiz (the `#restart` link): `result` is final.
    const again = openQuiz();
    expect(currentQuestion(again)).toBe('stage');
    expect(again.status).toBe('active');
    expect(again.context).toEqual({ answers: {}, dropped: [], opening: { from: 'prefill' } });
  });

  it('ignores events once at the result', () => {
    const done = openQuiz({ answers: FULL });
    for (const event of [{ type: 'BACK' }, { type: 'RESTART' }, { type: 'ANSWER', value: 'weeks' }] as const) {
      expect(transition(quizMachine, done, event)[0]).toBe(done);
    }
  });
});

describe('"Update my plan" (FINISH)', () => {
  const finish = (snapshot: QuizSnapshot, value: Value) => stepQuiz(snapshot, { type: 'FINISH', value });

  it.each(questionPath(FULL))('goes straight to the result from %s when every answer is given', (question) => {
    const quiz = finish(openQuiz({ answers: FULL, open: { from: 'link', question } }), question === 'have' ? ['data'] : FULL[question] as string);
    expect(currentQuestion(quiz)).toBe('result');
    expect(quiz.output).toEqual(question === 'have' ? { ...FULL, have: ['data'] } : FULL);
  });

  it('goes to the question a change opened, when that one is unanswered', () => {
    const { production_soon: _, ...withoutProductionSoon } = FULL;
    const quiz = finish(openQuiz({ answers: { ...withoutProductionSoon, stage: 'production' }, open: { from: 'link', question: 'stage' } }), 'pilot');
    expect(currentQuestion(quiz)).toBe('production_soon');
    expect(quiz.context.answers.stage).toBe('pilot');
  });

  it('goes to the first gap when the answers were never complete', () => {
    expect(currentQuestion(finish(openQuiz(), 'scale'))).toBe('size');
  });

  it('ignores a value that is not an option', () => {
    const before = openQuiz({ answers: FULL, open: { from: 'link', question: 'regulated' } });
    expect(finish(before, 'maybe')).toEqual(before);
  });
});

