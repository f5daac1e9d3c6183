/**
 * The questions and their options (domain.md "Questions"), which questions apply to a set
 * of answers, and the helpers the machine, the codec and the engine share. Ids only: the
 * wording is in content/questions.yaml.
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

/** Answers so far: any subset. `have` is a set (kept in OPTIONS order, no duplicates). */
export type Answers = { [Q in SingleChoiceQuestion]?: OptionOf<Q> } & { have?: readonly InHouse[] };

/** A full answer set: every question that applies is answered. */
export type CompleteAnswers = Omit<Required<Answers>, 'data_sufficiency' | 'production_soon'> &
  Pick<Answers, 'data_sufficiency' | 'production_soon'>;

/** Whether `question` is asked given the other answers: the two real branches of the tree. */
export function isApplicable(question: QuestionId, answers: Answers): boolean {
  if (question === 'data_sufficiency') return answers.predictive_roi === 'yes';
  if (question === 'production_soon') return answers.stage === 'exploring' || answers.stage === 'pilot';
  return true;
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
  return QUESTION_IDS.filter((question) => isApplicable(question, answers) || QUESTION_IDS.some((other) =>
    other !== 'have' && !isAnswered(other, answers) && OPTIONS[other].some((option) => isApplicable(question, { ...answers, [other]: option }))));
}
