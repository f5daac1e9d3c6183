/**
 * The questions, their options and the conditions of the conditional ones (domain.md
 * "Questions"), which questions apply to a set of answers, and the helpers the machine, the
 * codec and the engine share. Ids only: the wording is in content/questions.yaml.
 */

/** Question ids in the order they are asked. */
export const QUESTION_IDS = [
  'stage',
  'size',
  'predictive_roi',
  'data_sufficiency',
  'integration_speed',
  'agentic',
  'production_soon',
  'regulated',
  'have',
  'urgency',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Every question's option ids, in display order. */
export const OPTIONS = {
  stage: ['exploring', 'pilot', 'production', 'expanding', 'scale'],
  size: ['startup', 'growth', 'enterprise'],
  predictive_roi: ['yes', 'no'],
  data_sufficiency: ['yes', 'no'],
  integration_speed: ['yes', 'no'],
  agentic: ['yes', 'no', 'unsure'],
  production_soon: ['yes', 'no'],
  regulated: ['yes', 'no'],
  have: ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai'],
  urgency: ['weeks', 'quarter', 'flexible'],
} as const satisfies Record<QuestionId, readonly string[]>;

export type OptionOf<Q extends QuestionId> = (typeof OPTIONS)[Q][number];
export type Stage = OptionOf<'stage'>;
export type Size = OptionOf<'size'>;
export type InHouse = OptionOf<'have'>;
/** Questions answered with one option (all but `have`). */
export type SingleChoiceQuestion = Exclude<QuestionId, 'have'>;

/** When a conditional question is asked: an earlier single-choice question got one of the options `in`. */
export type Condition = { [Q in SingleChoiceQuestion]: { on: Q; in: readonly OptionOf<Q>[] } }[SingleChoiceQuestion];

/**
 * The branches of the question tree (domain.md "shown when"), one row per conditional
 * question; a question not here is always asked. Applicability, the answer space, the
 * machine's branches, the builders and /how-it-works/ all derive from this table.
 */
export const CONDITIONS = {
  data_sufficiency: { on: 'predictive_roi', in: ['yes'] },
  production_soon: { on: 'stage', in: ['exploring', 'pilot'] },
} as const satisfies { [Q in QuestionId]?: Condition };

/** The questions asked only under a condition. */
export type ConditionalQuestion = keyof typeof CONDITIONS;

/** The condition `question` is asked under, or `undefined` when it is always asked. */
export function conditionOf(question: QuestionId): Condition | undefined {
  return (CONDITIONS as { [Q in QuestionId]?: Condition })[question];
}

/** Answers so far: any subset. `have` is a set (kept in OPTIONS order, no duplicates). */
export type Answers = { [Q in SingleChoiceQuestion]?: OptionOf<Q> } & { have?: readonly InHouse[] };

/** A full answer set: every question that applies is answered. */
export type CompleteAnswers = Omit<Required<Answers>, ConditionalQuestion> & Pick<Answers, ConditionalQuestion>;

/**
 * Whether `question` is asked on these answers; with `open`, whether it may still be (its
 * condition's question is not answered yet). A condition on a conditional question holds
 * only where that question is asked too.
 */
function asked(question: QuestionId, answers: Answers, open: boolean): boolean {
  const condition = conditionOf(question);
  if (!condition) return true;
  const value = answers[condition.on];
  return asked(condition.on, answers, open) && (value === undefined ? open : (condition.in as readonly string[]).includes(value));
}

/** Whether `question` is asked given the other answers (CONDITIONS). */
export function isApplicable(question: QuestionId, answers: Answers): boolean {
  return asked(question, answers, false);
}

/** The questions asked on the path these answers take, in order. */
export function questionPath(answers: Answers): QuestionId[] {
  return QUESTION_IDS.filter((question) => isApplicable(question, answers));
}

/** Whether a question has an answer (an empty `have` is an answer: nobody in-house). */
export function isAnswered(question: QuestionId, answers: Answers): boolean {
  return answers[question] !== undefined;
}

/** The first question on the path without an answer, or `undefined` when complete. */
export function firstUnanswered(answers: Answers): QuestionId | undefined {
  return questionPath(answers).find((question) => !isAnswered(question, answers));
}

/** The questions still to answer on the current path. */
export function missingQuestions(answers: Answers): QuestionId[] {
  return firstUnanswered(answers) === undefined ? [] : questionPath(answers).filter((question) => answers[question] === undefined);
}

/** Narrows to a complete answer set. */
export function isComplete(answers: Answers): answers is CompleteAnswers {
  return firstUnanswered(answers) === undefined;
}

/** Whether `value` is an option id of `question`. */
export function isOption<Q extends QuestionId>(question: Q, value: string): value is OptionOf<Q> {
  return (OPTIONS[question] as readonly string[]).includes(value);
}

/** `have` in canonical form: known ids, no duplicates, in OPTIONS order. */
export function canonicalHave(have: readonly string[]): InHouse[] {
  return OPTIONS.have.filter((option) => have.includes(option));
}

/**
 * Drops answers to questions whose condition is now false (going back and changing
 * `predictive_roi` to `no` removes `data_sufficiency`). Returns the ids it dropped.
 */
export function dropInapplicable(answers: Answers): { answers: Answers; dropped: QuestionId[] } {
  const dropped = QUESTION_IDS.filter((q) => isAnswered(q, answers) && !isApplicable(q, answers));
  if (dropped.length === 0) return { answers, dropped };
  const kept: Answers = { ...answers };
  for (const question of dropped) delete kept[question];
  return { answers: kept, dropped };
}

/** Sets one answer, then drops what no longer applies. */
export function withAnswer<Q extends QuestionId>(answers: Answers, question: Q, value: Answers[Q]): Answers {
  const next: Answers = { ...answers, [question]: question === 'have' ? canonicalHave(value as readonly string[]) : value };
  return dropInapplicable(next).answers;
}

/**
 * Why a quiz opens, and so where: a prefill (a link's or this device's answers), a `#q=` link
 * naming a question, a browser history entry, or Back from the result.
 */
export type OpenRequest =
  | { from: 'prefill' }
  | { from: 'link'; question: QuestionId }
  | { from: 'history'; question: QuestionId }
  | { from: 'result' };

/**
 * The question to open for `answers`, or `result` when there is none to ask. Never past an
 * unanswered question: a prefill opens at the first gap (the result when complete); a link's
 * question opens when it is on the path; a history entry opens its question, or the nearest
 * earlier one still asked, never the result; Back from the result opens the last question.
 */
export function questionToOpen(answers: Answers, request: OpenRequest): QuestionId | 'result' {
  const path = questionPath(answers);
  const gap = firstUnanswered(answers);
  const beforeGap = (question: QuestionId) => gap === undefined || path.indexOf(question) <= path.indexOf(gap);
  switch (request.from) {
    case 'prefill':
      return gap ?? 'result';
    case 'link':
      return path.includes(request.question) && beforeGap(request.question) ? request.question : gap ?? 'result';
    case 'history': {
      const order = QUESTION_IDS.indexOf(request.question);
      const nearest = path.filter((question) => QUESTION_IDS.indexOf(question) <= order).at(-1) ?? path[0]!;
      return beforeGap(nearest) ? nearest : gap!;
    }
    case 'result':
      return gap ?? path.at(-1)!;
  }
}

/**
 * The questions that are asked, or may still be asked, given the answers so far: a
 * conditional question counts until the answer it depends on rules it out. So the count
 * only falls as the visitor goes ("of 10", then "of 9"), never rises.
 */
export function possiblePath(answers: Answers): QuestionId[] {
  return QUESTION_IDS.filter((question) => asked(question, answers, true));
}
