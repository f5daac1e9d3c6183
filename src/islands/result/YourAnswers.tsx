/** "Your answers", each with a Change link (the what-if panel where the page has one). */
import type { QuestionId } from '../../engine/answers.ts';
import type { ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { fill } from '../../content/fill.ts';
import { AnswerLink, type LinkContext } from './Reason.tsx';

interface Props {
  doc: ResultDocument;
  context: LinkContext;
  /** Questions whose answers the link's sender set. */
  setBySender?: ReadonlySet<QuestionId> | undefined;
}

export function YourAnswers({ doc, context, setBySender }: Props) {
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{WORDING.headings.answers}</h2>
      <dl class="answers">
        {doc.yourAnswers.map((answer) => (
          <div key={answer.question} class="answer-row">
            <dt>{answer.name}</dt>
            <dd>
              {answer.answer}{' '}
              {setBySender?.has(answer.question) && <span class="sender-mark" data-set-by-sender={answer.question}>({WORDING.text.setBySender}) </span>}
              <AnswerLink answer={answer} context={context} label={fill(WORDING.text.changeAnswer, { question: answer.name })}>{WORDING.text.change}</AnswerLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
