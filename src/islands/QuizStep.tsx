/**
 * The questionnaire island: renders the current step of the page's one quiz. Server-rendered
 * at the first question, it resumes from the link or this device once hydrated; after that,
 * each step moves focus to the new question's heading and updates the page title.
 */
import { useEffect, useRef } from 'preact/hooks';
import { QUESTION_IDS, type QuestionId } from '../engine/answers.ts';
import type { Labels } from '../content/labels.ts';
import { quizPage } from './quiz-page.ts';
import { QuestionForm } from './QuestionForm.tsx';
import { UrlNotice } from './UrlNotice.tsx';

export interface QuizStepProps {
  labels: Labels;
  base: string;
}

export default function QuizStep({ labels, base }: QuizStepProps) {
  const page = quizPage(base);
  const { model } = page;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const question = model.question.value;
  // Read at render time: the resume effect below flips it before this render's effects finish.
  const resumed = page.resumed.value;
  /** The question shown once the page resumed; focus moves only when it changes after that. */
  const settledQuestion = useRef<string | null>(null);

  useEffect(() => page.resume(), []);

  useEffect(() => {
    if (question === 'result') return;
    const { step, total } = model.progress.value;
    document.title = `${labels.questions[question].label} (question ${step} of ${total}) · Hire Order`;
    // Arriving (or resuming) keeps focus where the visitor is; each later step moves it to the question.
    if (!resumed) return;
    if (settledQuestion.current !== null && settledQuestion.current !== question) headingRef.current?.focus();
    settledQuestion.current = question;
  }, [question, resumed]);

  if (question === 'result') return <p class="muted" role="status">Preparing your hire order…</p>;
  const dropped = model.dropped.value;
  return (
    <>
      <UrlNotice problems={page.problems.value} labels={labels} />
      {page.storageUnreadable.value && (
        <p class="notice" role="status">We could not restore answers saved earlier on this device, so the questionnaire starts afresh.</p>
      )}
      {dropped.length > 0 && (
        <p class="notice" role="status">
          {'Your change means we no longer need: '}
          {dropped.map((id: QuestionId) => labels.questions[id].short).join(', ')}. We removed {dropped.length === 1 ? 'that answer' : 'those answers'}.
        </p>
      )}
      <QuestionForm
        key={`${question}:${resumed}`}
        question={question}
        answers={model.answers.value}
        labels={labels}
        base={base}
        step={model.progress.value}
        canGoBack={question !== QUESTION_IDS[0]}
        headingRef={headingRef}
        onAnswer={(value) => page.answer(value)}
        onBack={() => page.back()}
      />
    </>
  );
}
