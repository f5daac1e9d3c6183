/**
 * The questionnaire as a state machine: one state per question, then `result`. It only
 * routes; which questions apply (the table of CONDITIONS), what an answer may be, what a
 * change drops and where a quiz opens all come from engine/answers.ts, and so do its branches:
 * each question's state is made from the table, so a new conditional question needs no change here.
 * Its `result` outputs the answers: whoever needs a plan calls `recommend` (so the quiz page
 * ships without the engine's rules).
 */
import { and, assign, createMachine, not, stateIn } from 'xstate';
import {
  QUESTION_IDS, canonicalHave, conditionOf, dropInapplicable, isAnswered, isApplicable, isComplete, isOption, questionToOpen, withAnswer,
  type Answers, type CompleteAnswers, type OpenRequest, type QuestionId,
} from '../engine/answers.ts';

export interface QuizContext {
  answers: Answers;
  /** Answers the last change removed because their question no longer applies. */
  dropped: QuestionId[];
  /** Why the quiz opened (or reopens, after FINISH): `start` routes by it. */
  opening: OpenRequest;
}
/** Prefilled answers (from the URL or this device) and why the quiz opens (a prefill unless told). */
export interface QuizInput {
  answers?: Answers;
  open?: OpenRequest;
}
export type QuizEvent =
  /** Answers the question on screen and moves to the next one on the path. */
  | { type: 'ANSWER'; value: string | readonly string[] }
  /** Answers it and goes to the result, or to the first question still unanswered ("Update my plan"). */
  | { type: 'FINISH'; value: string | readonly string[] }
  | { type: 'BACK' }
  | { type: 'RESTART' };

/** Guard and action params: the question the machine is at. */
interface AtQuestion {
  question: QuestionId;
}
/** The `asks` guard's params: whether `asked` applies once the answer to `question` (if any) is taken. */
interface Asks {
  question?: QuestionId;
  asked: QuestionId;
}

/** `value` as an answer to `question`, or `undefined` when it is not one (`have` takes a list). */
function toAnswer(question: QuestionId, value: string | readonly string[]): Answers[QuestionId] | undefined {
  if (question === 'have') return typeof value !== 'string' && value.every((v) => isOption('have', v)) ? canonicalHave(value) : undefined;
  return typeof value === 'string' && isOption(question, value) ? value : undefined;
}

/** The answers once `event` is taken in `question`: guards run before `assign`, so they apply an answer themselves. */
function answersAfter(context: QuizContext, event: QuizEvent, question?: QuestionId): Answers {
  if ((event.type !== 'ANSWER' && event.type !== 'FINISH') || question === undefined) return context.answers;
  const answer = toAnswer(question, event.value);
  return answer === undefined ? context.answers : withAnswer(context.answers, question, answer);
}

/**
 * The questions a step from `question` may land on, nearest first: forward (`1`) or back (`-1`)
 * past each conditional question to the first one always asked. Forward, the result ends the list.
 */
function reachable(question: QuestionId, direction: 1 | -1): (QuestionId | 'result')[] {
  const reached: (QuestionId | 'result')[] = [];
  for (let index = QUESTION_IDS.indexOf(question) + direction; ; index += direction) {
    const next = QUESTION_IDS[index];
    if (next === undefined) return direction === 1 ? [...reached, 'result'] : reached;
    reached.push(next);
    if (!conditionOf(next)) return reached;
  }
}

/** A reference to a guard or action of `setup` with its `{ question }` params. */
const at = <T extends string>(type: T, question: QuestionId) => ({ type, params: { question } });
const valid = (question: QuestionId) => at('isValidAnswer', question);
/** ANSWER in `question`: a valid value is recorded and the quiz goes to `target`. */
const answer = <T extends string>(question: QuestionId, target: T) => ({ guard: valid(question), target, actions: at('recordAnswer', question) });
/** FINISH in `question`: a valid value is recorded and `start` routes to the result or the first gap. */
const finish = (question: QuestionId) => ({ guard: valid(question), target: 'start' as const, actions: [at('recordAnswer', question), { type: 'openAtFirstGap' as const }] });
/** The `asks` guard: `asked` applies once the answer given in `question` (if any) is taken. */
const asks = (asked: QuestionId, question?: QuestionId) => ({ type: 'asks' as const, params: { asked, question } });
/** `to` if it is always asked; else the branch to it, guarded by its condition. */
const branch = <T>(to: QuestionId | 'result', transition: T, question?: QuestionId) =>
  to !== 'result' && conditionOf(to) ? { ...transition, guard: question ? and([valid(question), asks(to, question)]) : asks(to) } : transition;

/** A question's state: ANSWER to the next question the answers ask, FINISH, and BACK to the previous one asked. */
function questionState(question: QuestionId) {
  const back = reachable(question, -1).map((to) => branch(to, { target: to }));
  return {
    on: {
      ANSWER: reachable(question, 1).map((to) => branch(to, answer(question, to), question)),
      FINISH: finish(question),
      ...(back.length > 0 ? { BACK: back } : {}),
    },
  };
}

/**
 * The questionnaire machine; its final `result` state outputs the complete answers. The config
 * names guards and actions by string; their code is the second argument (what `setup` would
 * take: `setup` also returns ten action creators that the bundler cannot drop, 0.9 KB gzip on
 * the quiz page, docs/decisions/0006).
 */
export const quizMachine = createMachine(
  {
    types: {
      context: {} as QuizContext,
      input: {} as QuizInput,
      events: {} as QuizEvent,
      output: {} as CompleteAnswers,
      guards: {} as
        | { type: 'isValidAnswer'; params: AtQuestion }
        | { type: 'asks'; params: Asks }
        | { type: 'opensAt'; params: AtQuestion },
      actions: {} as { type: 'recordAnswer'; params: AtQuestion } | { type: 'openAtFirstGap' } | { type: 'clearAnswers' },
    },
    id: 'quiz',
    context: ({ input }) => ({ ...dropInapplicable(input?.answers ?? {}), opening: input?.open ?? { from: 'prefill' } }),
    initial: 'start',
    // `transition` still applies root transitions to a done snapshot, so `result` is excluded.
    on: { RESTART: { guard: not(stateIn('result')), target: '.stage', actions: 'clearAnswers' } },
    // Unreachable when incomplete: `start` and the last question go to `result` only with every answer given.
    output: ({ context }) => {
      if (!isComplete(context.answers)) throw new Error(`result with unanswered questions: ${JSON.stringify(context.answers)}`);
      return context.answers;
    },
    states: {
      // Transient: opens where engine/answers.ts `questionToOpen` says; complete answers may go to the result.
      start: { always: [...QUESTION_IDS.map((question) => ({ guard: at('opensAt', question), target: question })), { target: 'result' }] },
      ...Object.fromEntries(QUESTION_IDS.map((question) => [question, questionState(question)])),
      result: { type: 'final' },
    },
  },
  {
    guards: {
      isValidAnswer: ({ event }, { question }: AtQuestion) => (event.type === 'ANSWER' || event.type === 'FINISH') && toAnswer(question, event.value) !== undefined,
      asks: ({ context, event }, { asked, question }: Asks) => isApplicable(asked, answersAfter(context, event, question)),
      opensAt: ({ context }, { question }: AtQuestion) => questionToOpen(context.answers, context.opening) === question,
    },
    actions: {
      recordAnswer: assign(({ context, event }, { question }: AtQuestion) => {
        const answers = answersAfter(context, event, question);
        return { answers, dropped: QUESTION_IDS.filter((q) => isAnswered(q, context.answers) && !isAnswered(q, answers)) };
      }),
      openAtFirstGap: assign({ opening: { from: 'prefill' } }),
      clearAnswers: assign({ answers: {}, dropped: [], opening: { from: 'prefill' } }),
    },
  },
);

/** The question on screen, or `result` (the machine's states are flat). */
export function currentQuestion(snapshot: { value: unknown }): QuestionId | 'result' {
  if (snapshot.value === 'result') return 'result';
  const question = QUESTION_IDS.find((id) => id === snapshot.value);
  if (question) return question;
  throw new Error(`quiz is in no question: ${JSON.stringify(snapshot.value)}`);
}
