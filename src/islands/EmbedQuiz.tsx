/**
 * The embeddable questionnaire (`/embed/`): the same quiz without site chrome, its session
 * hosted by the embed (src/session/embed-host.ts). At the end it shows the compact plan (the
 * verdict and the lanes) with a link to the full result, so the frame stays short enough for
 * hosts that cap its height, and tells the host page.
 */
import { useState } from 'preact/hooks';
import { recommend } from '../engine/recommend.ts';
import { resultDocument } from '../result/document.ts';
import { WORDING } from '../result/wording.ts';
import { createQuizSession } from '../session/quiz-session.ts';
import { embedHost } from '../session/embed-host.ts';
import { senderSearch } from '../session/host.ts';
import { QuizStep, type QuizStepProps } from './QuizStep.tsx';
import { Plan } from './result/Plan.tsx';
import { resultHref, stepSearch } from './links.ts';
import { useResume } from './use-resume.ts';
import { useView } from './use-view.ts';

const hireOrderOf = (answers: Parameters<typeof recommend>[0]) => recommend(answers).hireOrder.map((item) => item.role);

export default function EmbedQuiz({ labels, words, base }: QuizStepProps) {
  const [session] = useState(() => createQuizSession(() => embedHost(window, base, { hireOrderOf })));
  useResume(session);
  const view = useView(session);
  const answers = view.result;
  if (!answers) return <QuizStep session={session} labels={labels} words={words} base={base} />;
  const full = resultHref(base, answers, senderSearch(view));
  const doc = resultDocument(recommend(answers), labels);
  return (
    <>
      <h2>{WORDING.title}</h2>
      <Plan doc={doc} base={base} compact chipHref={(role) => `${full}#seat-${role}`} />
      <p class="embed-result-actions">
        <a class="button" href={full} target="_blank" rel="noopener" data-action="open-full">{WORDING.text.openFull}</a>{' '}
        {/* Back into the quiz in this frame, keeping the frame's options (theme, embed_id). */}
        <a href={`${base}embed/${stepSearch(answers, location.search, senderSearch(view))}#q=stage`} target="_self" data-action="change-answers">{WORDING.text.changeAnswers}</a>
      </p>
    </>
  );
}
