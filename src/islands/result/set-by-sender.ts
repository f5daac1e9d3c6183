/**
 * Which answers on a result the link's sender set (contract.md: "Answers given in a link are
 * set by the sender"). Only a link that names a sender (`from=` or `note=`) has one: a plain
 * result link is the visitor's own. An answer the visitor has since changed (what-if) is theirs.
 */
import { QUESTION_IDS, isAnswered, type Answers, type QuestionId } from '../../engine/answers.ts';
import { parseSender } from '../../engine/sender.ts';

/** The same option, or the same `have` boxes (both canonical, from the codec). */
const sameAnswer = (a: Answers[QuestionId], b: Answers[QuestionId]) => JSON.stringify(a) === JSON.stringify(b);

/** The questions of `shown` still answered as the link (`search`, read as `linked`) set them. */
export function setBySender(search: string, linked: Answers, shown: Answers): ReadonlySet<QuestionId> {
  const sender = parseSender(search);
  if (sender.from === undefined && sender.note === undefined) return new Set();
  return new Set(QUESTION_IDS.filter((question) => isAnswered(question, linked) && sameAnswer(linked[question], shown[question])));
}
