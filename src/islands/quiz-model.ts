/**
 * The questionnaire's model: one XState actor, exposed as read-only signals and a few
 * actions (preactjs/signals' model pattern). No DOM and no `window`: the page wiring that
 * talks to the URL, storage and history is quiz-page.ts.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { questionPath, type Answers, type QuestionId } from '../engine/answers.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import { currentQuestion, type QuizInput, type QuizMachine } from '../flow/quiz-flow.ts';

/**
 * The machine a page runs: the product's `quizMachine` outputs the recommendation; the
 * quiz page's own leaves it to /result/ (output `undefined`) and so ships without the engine.
 */
export type PageQuizMachine = QuizMachine<Recommendation | undefined>;

export interface QuizModel {
  /** The question on screen, or `result`. */
  question: ReadonlySignal<QuestionId | 'result'>;
  answers: ReadonlySignal<Answers>;
  /** Answers the last change removed because their question no longer applies. */
  dropped: ReadonlySignal<QuestionId[]>;
  /** Step k of n on the current path (n changes with the branches taken). */
  progress: ReadonlySignal<{ step: number; total: number }>;
  /** The recommendation once every question is answered. */
  recommendation: ReadonlySignal<Recommendation | undefined>;
  answer(value: string | readonly string[]): void;
  back(): void;
  /** Starts over from `input` (prefilled answers, a question to open at); `{}` restarts. */
  open(input: QuizInput): void;
}

export function createQuizModel(machine: PageQuizMachine, input: QuizInput = {}): QuizModel {
  let actor: Actor<PageQuizMachine> | undefined;
  const snapshot = signal<SnapshotFrom<PageQuizMachine>>(undefined as unknown as SnapshotFrom<PageQuizMachine>);

  function open(next: QuizInput) {
    actor?.stop();
    actor = createActor(machine, { input: next });
    actor.subscribe((latest) => { snapshot.value = latest; });
    actor.start();
    snapshot.value = actor.getSnapshot();
  }
  open(input);

  const question = computed(() => currentQuestion(snapshot.value));
  const answers = computed(() => snapshot.value.context.answers);
  return {
    question,
    answers,
    dropped: computed(() => snapshot.value.context.dropped),
    progress: computed(() => {
      const path = questionPath(answers.value);
      const current = question.value;
      return { step: current === 'result' ? path.length : path.indexOf(current) + 1, total: path.length };
    }),
    recommendation: computed(() => (snapshot.value.status === 'done' ? snapshot.value.output : undefined)),
    answer: (value) => actor?.send({ type: 'ANSWER', value }),
    back() {
      // `result` is final: going back from it reopens the last question with every answer kept.
      if (snapshot.value.status === 'done') open({ answers: answers.value, at: questionPath(answers.value).at(-1) });
      else actor?.send({ type: 'BACK' });
    },
    open,
  };
}
