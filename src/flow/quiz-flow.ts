/**
 * The questionnaire as a state machine: one state per question, then `result`. It only
 * routes; which questions apply, what an answer may be and what a change drops all come
 * from engine/answers.ts. What `result` outputs is given to `createQuizMachine`: the
 * recommendation in quiz-machine.ts (so this file stays free of the engine's rules).
 */
import { and, assign, not, setup, stateIn } from 'xstate';
import {
  QUESTION_IDS, canonicalHave, dropInapplicable, firstUnanswered, isAnswered, isApplicable, isComplete, isOption,
  questionPath, withAnswer, type Answers, type CompleteAnswers, type QuestionId,
} from '../engine/answers.ts';

export interface QuizContext {
  answers: Answers;
  /** Answers the last change removed because their question no longer applies. */
  dropped: QuestionId[];
}
/** Prefilled answers (from the URL) and the question to open at. */
export interface QuizInput {
  answers?: Answers;
  at?: QuestionId;
}
export type QuizEvent =
  | { type: 'ANSWER'; value: string | readonly string[] }
  | { type: 'BACK' }
  | { type: 'RESTART' };

/** Guard and action params: the question the machine is at. */
interface AtQuestion {
  question: QuestionId;
}

/** `value` as an answer to `question`, or `undefined` when it is not one (`have` takes a list). */
function toAnswer(question: QuestionId, value: string | readonly string[]): Answers[QuestionId] | undefined {
  if (question === 'have') return typeof value !== 'string' && value.every((v) => isOption('have', v)) ? canonicalHave(value) : undefined;
  return typeof value === 'string' && isOption(question, value) ? value : undefined;
}

/** The answers once `event` is taken: guards run before `assign`, so they apply an ANSWER themselves. */
function answersAfter(context: QuizContext, event: QuizEvent, params?: AtQuestion): Answers {
  if (event.type !== 'ANSWER' || params === undefined) return context.answers;
  const answer = toAnswer(params.question, event.value);
  return answer === undefined ? context.answers : withAnswer(context.answers, params.question, answer);
}

/** `input.at`, read from the init event: XState delivers input as `{ type: 'xstate.init', input }`. */
function requestedAt(event: { type: string }): QuestionId | undefined {
  if (event.type !== 'xstate.init' || !('input' in event)) return undefined;
  const input = event.input as QuizInput | undefined;
  return QUESTION_IDS.find((question) => question === input?.at);
}

/** Where a prefilled quiz opens: `at` if it is on the path and no earlier question is unanswered, else the first gap. */
function openingQuestion(answers: Answers, at: QuestionId | undefined): QuestionId | undefined {
  const path = questionPath(answers);
  const gap = firstUnanswered(answers);
  const reachable = at !== undefined && path.includes(at) && (gap === undefined || path.indexOf(at) <= path.indexOf(gap));
  return reachable ? at : gap;
}

/** A reference to a guard or action of `setup` with its `{ question }` params. */
const at = <T extends string>(type: T, question: QuestionId) => ({ type, params: { question } });
const valid = (question: QuestionId) => at('isValidAnswer', question);
/** ANSWER in `question`: a valid value is recorded and the quiz goes to `target`. */
const answer = <T extends string>(question: QuestionId, target: T) => ({ guard: valid(question), target, actions: at('recordAnswer', question) });

/** The quiz machine whose final `result` state outputs `toOutput(answers)`. */
export function createQuizMachine<Output>(toOutput: (answers: CompleteAnswers) => Output) {
  return setup({
    types: {
      context: {} as QuizContext,
      input: {} as QuizInput,
      events: {} as QuizEvent,
      output: {} as Output,
    },
    guards: {
      isValidAnswer: ({ event }, { question }: AtQuestion) => event.type === 'ANSWER' && toAnswer(question, event.value) !== undefined,
      asksDataSufficiency: ({ context, event }, params?: AtQuestion) => isApplicable('data_sufficiency', answersAfter(context, event, params)),
      asksProductionSoon: ({ context, event }, params?: AtQuestion) => isApplicable('production_soon', answersAfter(context, event, params)),
      opensAt: ({ context, event }, { question }: AtQuestion) => openingQuestion(context.answers, requestedAt(event)) === question,
    },
    actions: {
      recordAnswer: assign(({ context, event }, { question }: AtQuestion) => {
        const answers = answersAfter(context, event, { question });
        return { answers, dropped: QUESTION_IDS.filter((q) => isAnswered(q, context.answers) && !isAnswered(q, answers)) };
      }),
      clearAnswers: assign({ answers: {}, dropped: [] }),
    },
  }).createMachine({
    id: 'quiz',
    context: ({ input }) => dropInapplicable(input?.answers ?? {}),
    initial: 'start',
    // `transition` still applies root transitions to a done snapshot, so `result` is excluded.
    on: { RESTART: { guard: not(stateIn('result')), target: '.stage', actions: 'clearAnswers' } },
    // Unreachable when incomplete: every question on the path is answered on the way to `result`.
    output: ({ context }) => {
      if (!isComplete(context.answers)) throw new Error(`result with unanswered ${firstUnanswered(context.answers)}`);
      return toOutput(context.answers);
    },
    states: {
      // Transient: opens a prefilled quiz at `at` or its first gap; complete answers go to the result.
      start: { always: [...QUESTION_IDS.map((question) => ({ guard: at('opensAt', question), target: question })), { target: 'result' }] },
      stage: { on: { ANSWER: answer('stage', 'size') } },
      size: { on: { ANSWER: answer('size', 'predictive_roi'), BACK: 'stage' } },
      predictive_roi: {
        on: {
          ANSWER: [
            { ...answer('predictive_roi', 'data_sufficiency'), guard: and([valid('predictive_roi'), at('asksDataSufficiency', 'predictive_roi')]) },
            answer('predictive_roi', 'integration_speed'),
          ],
          BACK: 'size',
        },
      },
      data_sufficiency: { on: { ANSWER: answer('data_sufficiency', 'integration_speed'), BACK: 'predictive_roi' } },
      integration_speed: {
        on: {
          ANSWER: answer('integration_speed', 'agentic'),
          BACK: [{ guard: 'asksDataSufficiency', target: 'data_sufficiency' }, { target: 'predictive_roi' }],
        },
      },
      agentic: {
        on: {
          ANSWER: [
            { ...answer('agentic', 'production_soon'), guard: and([valid('agentic'), at('asksProductionSoon', 'agentic')]) },
            answer('agentic', 'regulated'),
          ],
          BACK: 'integration_speed',
        },
      },
      production_soon: { on: { ANSWER: answer('production_soon', 'regulated'), BACK: 'agentic' } },
      regulated: {
        on: {
          ANSWER: answer('regulated', 'have'),
          BACK: [{ guard: 'asksProductionSoon', target: 'production_soon' }, { target: 'agentic' }],
        },
      },
      have: { on: { ANSWER: answer('have', 'urgency'), BACK: 'regulated' } },
      urgency: { on: { ANSWER: answer('urgency', 'result'), BACK: 'have' } },
      result: { type: 'final' },
    },
  });
}

/** A quiz machine whose `result` outputs `Output`. */
export type QuizMachine<Output> = ReturnType<typeof createQuizMachine<Output>>;

/** The question on screen, or `result`, for a snapshot of any quiz machine (its states are flat). */
export function currentQuestion(snapshot: { value: unknown }): QuestionId | 'result' {
  if (snapshot.value === 'result') return 'result';
  const question = QUESTION_IDS.find((id) => id === snapshot.value);
  if (question) return question;
  throw new Error(`quiz is in no question: ${JSON.stringify(snapshot.value)}`);
}
