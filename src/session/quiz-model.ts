/**
 * The questionnaire's model: one XState actor, read through `current()` and a few actions,
 * telling `onChange` after each step. No DOM and no `window`: the session around it
 * (quiz-session.ts) talks to the page through its host.
 */
import { createActor, type Actor } from 'xstate';
import type { Answers, CompleteAnswers, QuestionId } from '../engine/answers.ts';
import { currentQuestion, quizMachine, type QuizInput } from '../flow/quiz-flow.ts';

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

export function createQuizModel(onChange: () => void = () => {}): QuizModel {
  let actor: Actor<typeof quizMachine>;
  let state: QuizState;

  function read() {
    const snapshot = actor.getSnapshot();
    state = {
      question: currentQuestion(snapshot),
      answers: snapshot.context.answers,
      dropped: snapshot.context.dropped,
      result: snapshot.status === 'done' ? snapshot.output : undefined,
    };
  }
  function open(input: QuizInput) {
    actor?.stop();
    actor = createActor(quizMachine, { input });
    actor.start();
    read();
    onChange();
  }
  open({});
  /** Sends an event; a step the machine takes is read back and told. */
  const send = (event: Parameters<typeof actor.send>[0]) => {
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot() === before) return;
    read();
    onChange();
  };

  return {
    current: () => state,
    answer: (value) => send({ type: 'ANSWER', value }),
    finish: (value) => send({ type: 'FINISH', value }),
    back() {
      // `result` is final: going back from it reopens the last question with every answer kept.
      if (state.result) open({ answers: state.answers, open: { from: 'result' } });
      else send({ type: 'BACK' });
    },
    open,
  };
}
