/**
 * What a link's sender set for the person who opened it: how many answers, each with its
 * Change button (`[data-set-by-sender]`, as on the result), the sender's label and note
 * (text nodes only, never HTML), and that those questions are skipped. The step shows it
 * until the first answer; the result marks those answers as set by the sender.
 */
import type { Answers, QuestionId } from '../engine/answers.ts';
import type { Sender } from '../engine/sender.ts';
import type { Labels } from '../content/labels.ts';
import type { QuizWording } from '../content/quiz-wording.ts';
import { fill } from '../content/fill.ts';
import { answerText } from '../content/answer-words.ts';

interface Props {
  sender: Sender;
  setBySender: readonly QuestionId[];
  answers: Answers;
  labels: Labels;
  words: QuizWording;
  /** Opens a question the sender answered, to change it. */
  onChange: (question: QuestionId) => void;
}

export function SenderNote({ sender: { from, note }, setBySender, answers, labels, words, onChange }: Props) {
  const count = setBySender.length;
  if (count === 0 && !from && !note) return null;
  return (
    <div class="sender-note" data-sender role="note">
      {count > 0 ? (
        <>
          <p>
            <strong>{count === 1 ? words.filledInOne : fill(words.filledInMany, { count })}</strong>
            {from && ` ${fill(words.byFrom, { from })}`}. {words.senderHint}
          </p>
          <ul class="sent-answers">
            {setBySender.map((question) => (
              <li key={question} data-set-by-sender={question}>
                <span class="muted">{labels.questions[question].short}:</span> {answerText(question, answers, labels)}{' '}
                <button type="button" class="link-button" data-action="change-sent" aria-label={fill(words.changeSentLabel, { question: labels.questions[question].short })} onClick={() => onChange(question)}>
                  {words.changeSent}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : from && <p>{fill(words.sentBy, { from })}</p>}
      {note && <p class="sender-message"><span class="muted">{words.senderNote}</span> <q>{note}</q></p>}
    </div>
  );
}
