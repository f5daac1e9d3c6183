/** The progress island: how far along the current path the visitor is, shared with QuizStep. */
import { quizPage } from './quiz-page.ts';

export default function QuizProgress({ base }: { base: string }) {
  const { model } = quizPage(base);
  const { step, total } = model.progress.value;
  if (model.question.value === 'result') return null;
  const percent = Math.round(((step - 1) / total) * 100);
  return (
    <div class="progress" aria-hidden="true">
      <div class="progress-bar" style={{ width: `${percent}%` }} />
    </div>
  );
}
