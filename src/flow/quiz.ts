/**
 * Pure steps of the product's quiz machine: thin wrappers over XState's `initialTransition` /
 * `transition`, no actor and no timers. The tests drive the machine through them; the
 * islands run an actor (src/islands/quiz-model.ts).
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { questionPath } from '../engine/answers.ts';
import { quizMachine, type QuizEvent, type QuizInput } from './quiz-machine.ts';
import { currentQuestion } from './quiz-flow.ts';

export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

/** Opens the quiz: at `input.at`, else at the first unanswered question, else at the result. */
export function startQuiz(input: QuizInput = {}): QuizSnapshot {
  return initialTransition(quizMachine, input)[0];
}

/** Sends one event; an event the current question does not take leaves the snapshot as it was. */
export function sendQuiz(snapshot: QuizSnapshot, event: QuizEvent): QuizSnapshot {
  return transition(quizMachine, snapshot, event)[0];
}

/** Answers the current question (an option id; a list of ids for `have`, `[]` for none). */
export function answerQuiz(snapshot: QuizSnapshot, value: string | readonly string[]): QuizSnapshot {
  return sendQuiz(snapshot, { type: 'ANSWER', value });
}

/**
 * Goes to the previous question on the path, keeping every answer. `result` is final, so
 * going back from it reopens the quiz at the last question.
 */
export function backQuiz(snapshot: QuizSnapshot): QuizSnapshot {
  if (snapshot.status !== 'done') return sendQuiz(snapshot, { type: 'BACK' });
  const { answers } = snapshot.context;
  return startQuiz({ answers, at: questionPath(answers).at(-1) });
}

/** Clears every answer and goes back to the first question (also from the result). */
export function restartQuiz(snapshot: QuizSnapshot): QuizSnapshot {
  return snapshot.status === 'done' ? startQuiz() : sendQuiz(snapshot, { type: 'RESTART' });
}

export { currentQuestion };
