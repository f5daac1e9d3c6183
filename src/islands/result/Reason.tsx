/** A reason's sentence, its linked source and the answers behind it ("because you answered …"). */
import type { CompleteAnswers, QuestionId } from '../../engine/answers.ts';
import { followsLine, type DocAnswer, type DocDisagreement, type DocReason } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { questionFragment, quizHref, sourceHref } from '../../links.ts';

export interface LinkContext {
  base: string;
  /** Where the questionnaire lives: `base`, or `${base}embed/` inside an embed. */
  quizPath: string;
  answers: CompleteAnswers;
  /** Opens the what-if panel at a question; when absent, the links walk the quiz. */
  onChange?: ((question: QuestionId) => void) | undefined;
}

/** The prefilled quiz's link of a context (one per drawing of the result), written once for its many answer links. */
const quizLinks = new WeakMap<LinkContext, string>();
function quizLink(context: LinkContext): string {
  let link = quizLinks.get(context);
  if (link === undefined) quizLinks.set(context, (link = quizHref(context.quizPath, context.answers)));
  return link;
}

/** A link that reopens a question: the quiz prefilled (works anywhere), or the what-if panel when the page has one. */
export function AnswerLink({ answer, context, children, label }: { answer: DocAnswer; context: LinkContext; children: preact.ComponentChildren; label?: string }) {
  const onClick = context.onChange
    ? (event: MouseEvent) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        context.onChange!(answer.question);
      }
    : undefined;
  return <a href={quizLink(context) + questionFragment(answer.question)} target="_self" onClick={onClick} aria-label={label}>{children}</a>;
}

function Because({ because, context }: { because: readonly DocAnswer[]; context: LinkContext }) {
  if (because.length === 0) return null;
  return (
    <span class="because">
      {` (${WORDING.text.because} `}
      {because.map((answer, index) => (
        <span key={answer.question}>
          {index > 0 && (index === because.length - 1 ? ` ${WORDING.text.and} ` : ', ')}
          <AnswerLink answer={answer} context={context}>{answer.name}: {answer.answer}</AnswerLink>
        </span>
      ))}
      )
    </span>
  );
}

/**
 * A reason's sentence with the rule that produced it and the article behind it (or "this plan's
 * threshold" for a number no article gives). `because={false}` leaves out the answers behind it,
 * where the section already shows them (the scorecard, the team).
 */
export function ReasonLine({ reason, context, because = true }: { reason: DocReason; context: LinkContext; because?: boolean }) {
  return (
    <>
      {reason.sentence}{' '}
      <span class="source">
        (<span class="rule-name">{reason.ruleName}</span>{' · '}
        {reason.source ? <a href={sourceHref(context.base, reason.source.id)}>{reason.source.name}</a> : <span class="threshold">{WORDING.text.threshold}</span>})
      </span>
      {because && <Because because={reason.because} context={context} />}
    </>
  );
}

/** Whose views differ: two sources, one article's table and text, or an article and this plan's own threshold. */
const differLabel = (d: DocDisagreement) => (d.follows.id === null ? WORDING.text.ownChoice : d.withinArticle ? WORDING.text.withinArticle : WORDING.text.sourcesDiffer);

/** Where two views differ at a seat or a section: the view not followed, and which one this plan follows. */
export function Differ({ disagreements, context, because = true }: { disagreements: readonly DocDisagreement[]; context: LinkContext; because?: boolean }) {
  return (
    <>
      {disagreements.map((d) => (
        <p key={d.id} class="differ" data-disagreement={d.id}>
          <strong>{differLabel(d)}:</strong> <ReasonLine reason={d.other} context={context} because={because} />{' '}
          {d.withinArticle ? WORDING.text.followsText : followsLine(d)}
        </p>
      ))}
    </>
  );
}
