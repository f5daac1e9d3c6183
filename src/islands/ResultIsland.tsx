/**
 * The `/result/` island: reads the answers from the page's query string, validates them with
 * the codec and renders the engine's recommendation. Before hydration it shows a short
 * placeholder (a static page cannot know the query).
 */
import { useEffect, useState } from 'preact/hooks';
import { isComplete, type Answers } from '../engine/answers.ts';
import { recommend } from '../engine/recommend.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import { parseAnswers, type UrlProblem } from '../engine/url.ts';
import type { Labels } from '../content/labels.ts';
import { missingQuestions } from './format.ts';
import { quizHref, shareHref } from './links.ts';
import { ResultActions } from './ResultActions.tsx';
import { UrlNotice } from './UrlNotice.tsx';
import { ResultView } from './ResultView.tsx';

interface Props {
  labels: Labels;
  base: string;
}

type Loaded = { answers: Answers; problems: UrlProblem[]; recommendation: Recommendation | null };

/** Reads and evaluates a query string (pure). */
function loadResult(search: string): Loaded {
  const { answers, problems } = parseAnswers(search);
  return { answers, problems, recommendation: isComplete(answers) ? recommend(answers) : null };
}

export default function ResultIsland({ labels, base }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => setLoaded(loadResult(window.location.search)), []);

  if (!loaded) {
    return (
      <>
        <h1>Your AI hire order</h1>
        <p class="muted" aria-live="polite">Working out your hire order…</p>
      </>
    );
  }
  const { answers, problems, recommendation } = loaded;
  const missing = missingQuestions(answers);
  return (
    <>
      <h1>{recommendation ? 'Your AI hire order' : 'Almost there'}</h1>
      <UrlNotice problems={problems} missing={missing} labels={labels} continueHref={quizHref(base, answers)} />
      {recommendation
        ? (
          <>
            <ResultActions recommendation={recommendation} labels={labels} shareUrl={shareHref(base, recommendation.answers, window.location.href)} />
            <ResultView recommendation={recommendation} labels={labels} base={base} />
          </>
        )
        : <p><a class="button" href={quizHref(base, answers)}>Continue the questionnaire</a></p>}
    </>
  );
}
