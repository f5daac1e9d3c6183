/**
 * The embeddable questionnaire (`/embed/`): the same quiz without site chrome, its session
 * hosted by the embed (src/session/embed-host.ts). At the end it loads and shows the compact
 * plan (EmbedResult.tsx) and tells the host page; until then the frame carries no engine.
 * Hydrated by a classic script, and the result loaded as one (embed-frame/classic.ts), so a
 * sandboxed frame on a host that sends no CORS headers still runs.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CompleteAnswers } from '../engine/answers.ts';
import { createQuizSession } from '../session/quiz-session.ts';
import { embedHost } from '../session/embed-host.ts';
import { senderSearch } from '../session/host.ts';
import { QuizStep, type QuizStepProps } from './QuizStep.tsx';
import { useResume } from './use-resume.ts';
import { useView } from './use-view.ts';
import { loadClassicResult, type ResultPart } from './embed-frame/classic.ts';

/** The element the page renders the quiz in, carrying its props as JSON in `data-props`. */
export const EMBED_ROOT_ID = 'hire-order-embed';

export interface EmbedQuizProps extends QuizStepProps {
  /** The result's classic script (/embed/result.js with its content's hash). */
  resultSrc: string;
}

let loading: Promise<ResultPart> | undefined;

export default function EmbedQuiz({ labels, words, base, resultSrc }: EmbedQuizProps) {
  /** The result's code, fetched once, when first needed. */
  const loadResult = () => (loading ??= loadClassicResult(resultSrc));
  const hireOrderOf = async (answers: CompleteAnswers) => (await loadResult()).hireOrderOf(answers);
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
