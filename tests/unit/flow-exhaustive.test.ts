/**
 * The machine against the engine on every path: driven with ANSWER events from the empty
 * start (and from prefills), it visits exactly `questionPath(answers)` then `result`, and
 * outputs the answers given, whose plan (what a caller gets from `recommend`) is the engine's
 * for them. Then xstate/graph: every state is reachable and can finish.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { OPTIONS, QUESTION_IDS, canonicalHave, questionPath, type Answers, type CompleteAnswers, type InHouse, type QuestionId } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { currentQuestion, quizMachine, type QuizEvent } from '../../src/flow/quiz-flow.ts';
import { openQuiz, stepQuiz, type QuizSnapshot } from '../../src/session/quiz-model.ts';
import { allAnswerSets } from '../helpers/answer-space.ts';

type Node = QuestionId | 'result';

/** `have` as sent by the UI: none, two, an unordered three, all eight. */
const HAVE_SUBSETS: readonly (readonly InHouse[])[] = [[], ['software', 'data'], ['ai', 'ml', 'devops'], OPTIONS.have];
const PATHS = [...allAnswerSets([[]])];

/** Answers each question the quiz shows with `answers`; returns the nodes visited and the end. */
function drive(snapshot: QuizSnapshot, answers: CompleteAnswers): { visited: Node[]; end: QuizSnapshot } {
  const visited: Node[] = [currentQuestion(snapshot)];
  for (let node = visited[0]; node !== undefined && node !== 'result' && visited.length <= QUESTION_IDS.length + 1; ) {
    const value = answers[node];
    if (value === undefined) throw new Error(`quiz asks ${node}, not on the path of ${JSON.stringify(answers)}`);
    snapshot = stepQuiz(snapshot, { type: 'ANSWER', value });
    visited.push((node = currentQuestion(snapshot)));
  }
  return { visited, end: snapshot };
}

/** The quiz outputs `answers` (canonical), and the plan of its output is `recommend(answers)` (deep; fast path when serialisations agree). */
function expectOutput(end: QuizSnapshot, answers: CompleteAnswers): void {
  if (JSON.stringify(end.output) !== JSON.stringify(answers)) expect(end.output, JSON.stringify(answers)).toEqual(answers);
  const plan = recommend(end.output!);
  const expected = recommend(answers);
  if (JSON.stringify(plan) !== JSON.stringify(expected)) expect(plan, JSON.stringify(answers)).toEqual(expected);
}

/** The first `k` answers on the path of `answers`. */
function prefix(answers: CompleteAnswers, k: number): Answers {
  const kept: Answers = {};
  for (const question of questionPath(answers).slice(0, k)) Object.assign(kept, { [question]: answers[question] });
  return kept;
}

describe('the machine on every path', () => {
  it(`visits questionPath(answers) then result, and outputs the answers (whose plan is recommend(answers)), for ${PATHS.length} paths × ${HAVE_SUBSETS.length} have subsets`, () => {
    let runs = 0;
    for (const path of PATHS) {
      for (const have of HAVE_SUBSETS) {
        const answers: CompleteAnswers = { ...path, have: canonicalHave(have) };
        const { visited, end } = drive(openQuiz(), { ...answers, have });
        if (visited.join() !== [...questionPath(answers), 'result'].join()) expect(visited).toEqual([...questionPath(answers), 'result']);
        expect(end.status).toBe('done');
        expectOutput(end, answers);
        runs += 1;
      }
    }
    console.log(`machine: ${PATHS.length} paths × ${HAVE_SUBSETS.length} have subsets = ${runs} runs`);
    expect(runs).toBe(2268 * HAVE_SUBSETS.length);
  });

  it('opens a prefill of the first k answers at question k and finishes the same way', () => {
    let runs = 0;
    PATHS.forEach((answers, index) => {
      const path = questionPath(answers);
      // Every path with one k (cycling through all k), and every k on every 50th path.
      const ks = index % 50 === 0 ? path.map((_, k) => k).concat(path.length) : [index % (path.length + 1)];
      for (const k of ks) {
        const { visited, end } = drive(openQuiz({ answers: prefix(answers, k) }), answers);
        expect(visited, `k=${k} ${JSON.stringify(answers)}`).toEqual([...path.slice(k), 'result']);
        expectOutput(end, answers);
        runs += 1;
      }
    });
    console.log(`machine: ${runs} prefilled runs (first k answers of ${PATHS.length} paths)`);
  });

  it('goes back from the result through the whole path in reverse, keeping every answer', () => {
    for (const answers of PATHS) {
      let quiz = openQuiz({ answers });
      const visited: Node[] = [];
      for (let step = 0; step < QUESTION_IDS.length && currentQuestion(quiz) !== 'stage'; step += 1) {
        quiz = stepQuiz(quiz, { type: 'BACK' });
        visited.push(currentQuestion(quiz));
      }
      expect(visited).toEqual(questionPath(answers).reverse());
      expect(quiz.context.answers).toEqual(answers);
    }
  });
});

describe('the machine as a graph (xstate/graph)', () => {
  /** Each question's options (two `have` sets), FINISH with its first one, BACK and RESTART; nothing once done. */
  const events = (snapshot: QuizSnapshot): QuizEvent[] => {
    const node = currentQuestion(snapshot);
    if (node === 'result') return [];
    const values = node === 'have' ? [[], OPTIONS.have] : OPTIONS[node];
    return [...values.map((value): QuizEvent => ({ type: 'ANSWER', value })), { type: 'FINISH', value: values[0]! }, { type: 'BACK' }, { type: 'RESTART' }];
  };
  // A vertex is a state and the route the answers take, not the answers themselves.
  const serializeState = (snapshot: QuizSnapshot) => `${JSON.stringify(snapshot.value)} ${questionPath(snapshot.context.answers).join()}`;
  const fromStart = getShortestPaths(quizMachine, { events, serializeState, input: {} });
  const stable = getStateNodes(quizMachine).map((node) => node.key).filter((key) => key !== 'start');

  it('reaches every question state and the result from an empty start', () => {
    const reached = new Set(fromStart.map((path) => currentQuestion(path.state)));
    expect([...reached].sort()).toEqual([...stable].sort());
    expect(stable).toEqual([...QUESTION_IDS, 'result']);
  });

  it('can reach the result from every reachable state', () => {
    for (const { state } of fromStart) {
      const toResult = getShortestPaths(quizMachine, { events, serializeState, fromState: state, toState: (s) => s.status === 'done' });
      expect(toResult.length, serializeState(state)).toBeGreaterThan(0);
      expect(currentQuestion(toResult[0]!.state)).toBe('result');
    }
    console.log(`graph: ${fromStart.length} vertices (state × route), each with a path to result`);
  });
});
