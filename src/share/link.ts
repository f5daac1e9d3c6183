/**
 * The link a recruiter sends (contract.md, "Answers in URLs" and "Sender's parameters"): the
 * codec's canonical answers, then the sender's label and note. It opens the questionnaire at
 * the first question left to answer, or the result when every question that applies is set.
 */
import { firstUnanswered, type Answers, type QuestionId } from '../engine/answers.ts';
import { senderQuery, type Sender } from '../engine/sender.ts';
import { quizHref, resultHref } from '../links.ts';

/** Where the link lands: the quiz at a question, or the finished result. */
export type ShareTarget = { page: 'quiz'; question: QuestionId } | { page: 'result' };

export interface ShareLink {
  /** The link under the site's base path, e.g. `/?stage=pilot&v=2&from=Ana`. */
  path: string;
  target: ShareTarget;
}

/** The link for `answers` (only those that apply are written) and `sender` (cleaned, clipped). */
export function shareLink(base: string, answers: Answers, sender: Sender): ShareLink {
  const question = firstUnanswered(answers);
  const senderPart = senderQuery(sender);
  const withSender = (href: string) => (senderPart ? `${href}&${senderPart}` : href);
  return question === undefined
    ? { path: withSender(resultHref(base, answers)), target: { page: 'result' } }
    : { path: withSender(quizHref(base, answers)), target: { page: 'quiz', question } };
}
