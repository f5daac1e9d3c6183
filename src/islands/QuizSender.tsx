/**
 * What a link's sender set for the person who opened it: how many answers, the sender's
 * label and note (text nodes only, never HTML), and that those questions are skipped. The
 * step shows it until the first answer; the result marks those answers as set by the sender.
 */
import type { QuestionId } from '../engine/answers.ts';
import type { Sender } from '../engine/sender.ts';
import type { QuizWording } from '../content/quiz-wording.ts';
import { fill } from '../content/fill.ts';

interface Props {
  sender: Sender;
  setBySender: readonly QuestionId[];
  words: QuizWording;
}

export function SenderNote({ sender: { from, note }, setBySender, words }: Props) {
  const count = setBySender.length;
  if (count === 0 && !from && !note) return null;
  return (
    <div class="sender-note" data-sender role="note">
      {count > 0 ? (
        <p>
          <strong>{count === 1 ? words.filledInOne : fill(words.filledInMany, { count })}</strong>
          {from && ` ${fill(words.byFrom, { from })}`}. {words.senderHint}
        </p>
      ) : from && <p>{fill(words.sentBy, { from })}</p>}
      {note && <p class="sender-message"><span class="muted">{words.senderNote}</span> <q>{note}</q></p>}
    </div>
  );
}
