/**
 * Which answers on a result the link's sender set (contract.md: "Answers given in a link are
 * set by the sender"). The quiz hands on the list it kept (`sent=`, decision 15); a link
 * straight from the builder names its sender instead (`from=` or `note=`), and then all its
 * answers are the sender's. A plain result link is the visitor's own. An answer the visitor
 * has since changed (what-if) is theirs.
 */
import { QUESTION_IDS, isAnswered, type Answers, type QuestionId } from './answers.ts';
import { SENDER_PARAMS, SENT_PARAM } from './sender-params.ts';

/**
 * Whether a value has anything left once engine/sender.ts has cleaned it (not only spaces,
 * controls and format characters). Tested here rather than with parseSender, whose cleaning
 * would otherwise land in the chunk every island shares, and so in the quiz's JavaScript.
 */
const SHOWN = /[^\s\p{Cc}\p{Cf}]/u;

/** The same option, or the same `have` boxes (both canonical, from the codec). */
const sameAnswer = (a: Answers[QuestionId], b: Answers[QuestionId]) => JSON.stringify(a) === JSON.stringify(b);

/** The questions of `shown` still answered as the link (`search`, read as `linked`) set them. */
export function setBySender(search: string, linked: Answers, shown: Answers): ReadonlySet<QuestionId> {
  const params = new URLSearchParams(search);
  const sent = params.get(SENT_PARAM)?.slice(0, 400).split(',');
  if (!sent && !SENDER_PARAMS.some((name) => SHOWN.test(params.get(name) ?? ''))) return new Set();
  return new Set(QUESTION_IDS.filter((question) =>
    (!sent || sent.includes(question)) && isAnswered(question, linked) && sameAnswer(linked[question], shown[question])));
}
