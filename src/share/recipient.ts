/**
 * What the person who opens a link will be asked: how many questions the sender set, and how
 * many are left to them. A conditional question whose condition hangs on a question they have
 * yet to answer may or may not be asked, so the number left is a range.
 */
import { isAnswered, possiblePath, questionPath, type Answers } from '../engine/answers.ts';

export interface RecipientView {
  /** Answers the sender set (those that apply). */
  set: number;
  /** Questions left to the recipient: at least `min`, at most `max`. */
  left: { min: number; max: number };
}

/** What the recipient of a link with `answers` set will see. */
export function recipientView(answers: Answers): RecipientView {
  const path = questionPath(answers);
  const set = path.filter((question) => isAnswered(question, answers)).length;
  const min = path.length - set;
  // The questions not asked yet that may be, once the recipient answers what they hang on.
  const maybe = possiblePath(answers).length - path.length;
  return { set, left: { min, max: min + maybe } };
}
