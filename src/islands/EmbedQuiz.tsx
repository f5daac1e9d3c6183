/**
 * The embeddable questionnaire (`/embed/`): the same quiz without site chrome, showing the
 * result in place and telling the host page about each step (see embed-events.ts).
 */
import QuizStep, { type QuizStepProps } from './QuizStep.tsx';
import { quizPage } from './quiz-page.ts';
import { quizMachine } from '../flow/quiz-machine.ts';
import { ResultView } from './ResultView.tsx';
import { resultHref } from './links.ts';
import { embedHost } from './embed-events.ts';

export default function EmbedQuiz({ labels, base }: QuizStepProps) {
  const { model } = quizPage(base, { host: embedHost, machine: quizMachine });
  const recommendation = model.recommendation.value;
  if (!recommendation) return <QuizStep labels={labels} base={base} />;
  return (
    <>
      <h2>Your AI hire order</h2>
      <p><a href={resultHref(base, recommendation.answers)} target="_blank" rel="noopener">Open the full result</a></p>
      <ResultView recommendation={recommendation} labels={labels} base={base} quizPath={`${base}embed/`} />
    </>
  );
}
