/**
 * Pure steps of the quiz machine: thin wrappers over XState's `initialTransition` /
 * `transition`, no actor and no timers. The tests drive the machine through them; the
 * session runs an actor (src/session/quiz-model.ts).
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { currentQuestion, quizMachine, type QuizEvent, type QuizInput } from './quiz-flow.ts';

export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

/** Opens the quiz where `questionToOpen` says (a prefill's first gap unless `input.open` asks otherwise). */
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
  return startQuiz({ answers: snapshot.context.answers, open: { from: 'result' } });
}

/** Clears every answer and goes back to the first question (also from the result). */
export function restartQuiz(snapshot: QuizSnapshot): QuizSnapshot {
  return snapshot.status === 'done' ? startQuiz() : sendQuiz(snapshot, { type: 'RESTART' });
}

export { currentQuestion };
