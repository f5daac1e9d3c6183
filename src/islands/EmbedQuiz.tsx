/**
 * The embeddable questionnaire (`/embed/`): the same quiz without site chrome. At the end it
 * shows the compact plan (the verdict and the lanes) with a link to the full result, so the
 * frame stays short enough for hosts that cap its height, and tells the host page.
 */
import QuizStep, { type QuizStepProps } from './QuizStep.tsx';
import { quizPage } from './quiz-page.ts';
import { quizMachine } from '../flow/quiz-machine.ts';
import { resultDocument } from '../result/document.ts';
import { WORDING } from '../result/wording.ts';
import { Plan } from './result/Plan.tsx';
import { resultHref, stepSearch } from './links.ts';
import { embedHost } from './embed-events.ts';

export default function EmbedQuiz({ labels, base }: QuizStepProps) {
  const { model } = quizPage(base, { host: embedHost, machine: quizMachine });
  const recommendation = model.recommendation.value;
  if (!recommendation) return <QuizStep labels={labels} base={base} />;
  const full = resultHref(base, recommendation.answers);
  const doc = resultDocument(recommendation, labels);
  return (
    <>
      <h2>{WORDING.title}</h2>
      <Plan doc={doc} base={base} compact chipHref={(role) => `${full}#seat-${role}`} />
      <p class="embed-result-actions">
        <a class="button" href={full} target="_blank" rel="noopener" data-action="open-full">{WORDING.text.openFull}</a>{' '}
        {/* Back into the quiz in this frame, keeping the frame's options (theme, embed_id). */}
        <a href={`${base}embed/${stepSearch(recommendation.answers, location.search)}#q=stage`} target="_self" data-action="change-answers">{WORDING.text.changeAnswers}</a>
      </p>
    </>
  );
}
