/** The progress island: how far along the current path the visitor is, shared with QuizStep. */
import { quizPage } from './quiz-page.ts';

export default function QuizProgress({ base }: { base: string }) {
  const { model } = quizPage(base);
  const { step, total } = model.progress.value;
  if (model.question.value === 'result') return null;
  const percent = Math.round(((step - 1) / total) * 100);
  // The width goes through the CSSOM, never a style attribute: the server-rendered attribute
  // would break the CSP (no 'unsafe-inline' styles). The server renders step 1, width 0.
  const showProgress = (bar: HTMLDivElement | null) => bar?.style.setProperty('--progress', `${percent}%`);
  return (
    <div class="progress" aria-hidden="true">
      <div class="progress-bar" ref={showProgress} />
    </div>
  );
}
