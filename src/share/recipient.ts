/**
 * What the person who opens a link will be asked: how many questions the sender set, and how
 * many are left to them. A conditional question whose condition hangs on a question they have
 * yet to answer may or may not be asked, so the number left is a range.
 */
import { OPTIONS, QUESTION_IDS, isAnswered, isApplicable, questionPath, type Answers, type QuestionId } from '../engine/answers.ts';

export interface RecipientView {
  /** Answers the sender set (those that apply). */
  set: number;
  /** Questions left to the recipient: at least `min`, at most `max`. */
  left: { min: number; max: number };
}

/**
 * Whether `question`, not asked on these answers, could be asked once the recipient answers the
 * rest. Each condition in engine/answers.ts hangs on one earlier question, so trying each
 * unanswered question's options one at a time finds every way in.
 */
function mayBeAsked(question: QuestionId, answers: Answers): boolean {
  return QUESTION_IDS.some((other) => other !== question && !isAnswered(other, answers) &&
    OPTIONS[other].some((option) => isApplicable(question, { ...answers, [other]: other === 'have' ? [option] : option })));
}

/** What the recipient of a link with `answers` set will see. */
export function recipientView(answers: Answers): RecipientView {
  const path = questionPath(answers);
  const set = path.filter((question) => isAnswered(question, answers)).length;
  const min = path.length - set;
  const maybe = QUESTION_IDS.filter((question) => !path.includes(question) && mayBeAsked(question, answers)).length;
  return { set, left: { min, max: min + maybe } };
}
