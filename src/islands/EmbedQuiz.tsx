/**
 * The embeddable questionnaire (`/embed/`): the same quiz without site chrome, its session
 * hosted by the embed (src/session/embed-host.ts). At the end it loads and shows the compact
 * plan (EmbedResult.tsx) and tells the host page; until then the frame carries no engine.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CompleteAnswers } from '../engine/answers.ts';
import { createQuizSession } from '../session/quiz-session.ts';
import { embedHost } from '../session/embed-host.ts';
import { senderSearch } from '../session/host.ts';
import { QuizStep, type QuizStepProps } from './QuizStep.tsx';
import { useResume } from './use-resume.ts';
import { useView } from './use-view.ts';

type ResultPart = typeof import('./EmbedResult.tsx');
let loading: Promise<ResultPart> | undefined;
/** The result's code, fetched once, when first needed. */
const loadResult = () => (loading ??= import('./EmbedResult.tsx'));
const hireOrderOf = async (answers: CompleteAnswers) => (await loadResult()).hireOrderOf(answers);

export default function EmbedQuiz({ labels, words, base }: QuizStepProps) {
  const [session] = useState(() => createQuizSession(() => embedHost(window, base, { hireOrderOf })));
  const [part, setPart] = useState<ResultPart | null>(null);
  useResume(session);
  const view = useView(session);
  const answers = view.result;
  useEffect(() => { if (answers && !part) void loadResult().then(setPart); }, [answers]);
  if (!answers) return <QuizStep session={session} labels={labels} words={words} base={base} />;
  if (!part) return <p class="muted" role="status">{words.preparing}</p>;
  return <part.EmbedResult answers={answers} labels={labels} base={base} senderPart={senderSearch(view)} />;
}
