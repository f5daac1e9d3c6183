/**
 * The questionnaire island of `/`: owns the page's one quiz session, with the site as its
 * host (history entries per step, this browser's storage, the result on /result/).
 */
import { useState } from 'preact/hooks';
import { createQuizSession } from '../session/quiz-session.ts';
import { siteHost } from '../session/site-host.ts';
import { QuizStep, type QuizStepProps } from './QuizStep.tsx';
import { useResume } from './use-resume.ts';

export default function QuizIsland({ labels, words, base }: QuizStepProps) {
  const [session] = useState(() => createQuizSession(() => siteHost(window, base)));
  useResume(session);
  return <QuizStep session={session} labels={labels} words={words} base={base} intro />;
}
