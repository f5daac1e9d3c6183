/**
 * Which answers on a result the link's sender set (contract.md: "Answers given in a link are
 * set by the sender"). The quiz hands on the list it kept (`sent=`, docs/decisions/0015); a link
 * straight from the builder names its sender instead (`from=` or `note=`, as parseSender reads
 * them), and then all its answers are the sender's. A plain result link is the visitor's own.
 * An answer the visitor has since changed (what-if) is theirs.
 */
import { QUESTION_IDS, isAnswered, type Answers, type QuestionId } from './answers.ts';
import { parseSender, parseSent } from './sender.ts';

/** The same option, or the same `have` boxes (both canonical, from the codec). */
const sameAnswer = (a: Answers[QuestionId], b: Answers[QuestionId]) => JSON.stringify(a) === JSON.stringify(b);

/** The questions of `shown` still answered as the link (`search`, read as `linked`) set them. */
export function setBySender(search: string, linked: Answers, shown: Answers): ReadonlySet<QuestionId> {
  const params = new URLSearchParams(search);
  const sent = parseSent(params);
  if (!sent && Object.keys(parseSender(params)).length === 0) return new Set();
  return new Set(QUESTION_IDS.filter((question) =>
    (!sent || sent.includes(question)) && isAnswered(question, linked) && sameAnswer(linked[question], shown[question])));
}
