/**
 * The questionnaire's model: the machine's snapshot, stepped with XState's pure
 * `initialTransition` / `transition` (no actor, no timers), read through `current()` and a few
 * actions, telling `onChange` after each step. No DOM and no `window`: the session around it
 * (quiz-session.ts) talks to the page through its host. The machine's tests take the same two
 * steps, `openQuiz` and `stepQuiz`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Answers, CompleteAnswers, QuestionId } from '../engine/answers.ts';
import { currentQuestion, quizMachine, type QuizEvent, type QuizInput } from '../flow/quiz-flow.ts';

/** The machine's state: its question, context (answers, dropped, opening) and, once done, its output. */
export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

export interface QuizState {
  /** The question on screen, or `result`. */
  question: QuestionId | 'result';
  answers: Answers;
  /** Answers the last change removed because their question no longer applies. */
  dropped: QuestionId[];
  /** The complete answers, once the quiz reached its result. */
  result: CompleteAnswers | undefined;
}

export interface QuizModel {
  current(): QuizState;
  answer(value: string | readonly string[]): void;
  /** Answers, then goes to the result (or the first question still unanswered). */
  finish(value: string | readonly string[]): void;
  back(): void;
  /** Starts over from `input` (prefilled answers, why it opens); `{}` restarts. */
  open(input: QuizInput): void;
}

/** Opens the quiz where engine/answers.ts `questionToOpen` says (a prefill's first gap unless `input.open` asks otherwise). */
export function openQuiz(input: QuizInput = {}): QuizSnapshot {
  return initialTransition(quizMachine, input)[0];
}

/**
 * One step: the machine takes `event`, or leaves `snapshot` as it is when the question on
 * screen does not take it. `result` is final, so Back from it reopens the last question with
 * every answer kept.
 */
export function stepQuiz(snapshot: QuizSnapshot, event: QuizEvent): QuizSnapshot {
  if (snapshot.status === 'done' && event.type === 'BACK') return openQuiz({ answers: snapshot.context.answers, open: { from: 'result' } });
  return transition(quizMachine, snapshot, event)[0];
}

/** A model that starts at the first question and tells `onChange` after every step it takes. */
export function createQuizModel(onChange: () => void = () => {}): QuizModel {
  let snapshot: QuizSnapshot;
  let state: QuizState;

  function show(next: QuizSnapshot) {
    snapshot = next;
    state = {
      question: currentQuestion(next),
      answers: next.context.answers,
      dropped: next.context.dropped,
      result: next.status === 'done' ? next.output : undefined,
    };
    onChange();
  }
  show(openQuiz());
  /** Takes a step; one the machine takes is shown and told. */
  const step = (event: QuizEvent) => {
    const next = stepQuiz(snapshot, event);
    if (next !== snapshot) show(next);
  };

  return {
    current: () => state,
    answer: (value) => step({ type: 'ANSWER', value }),
    finish: (value) => step({ type: 'FINISH', value }),
    back: () => step({ type: 'BACK' }),
    open: (input) => show(openQuiz(input)),
  };
}
