/**
 * The `/result/` island: reads the answers from the query string through the codec, then
 * renders the plan first, the what-if panel, every seat with its details, and the rest of
 * the result. What-if changes update the page at once and the URL with `replaceState`.
 * Before hydration it shows a short placeholder (a static page cannot know the query).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isComplete, type Answers, type CompleteAnswers, type QuestionId } from '../engine/answers.ts';
import { parseAnswers, type UrlProblem } from '../engine/url.ts';
import { parseSent } from '../engine/sender.ts';
import type { Labels } from '../content/labels.ts';
import { WORDING, fill } from '../result/wording.ts';
import { missingQuestions } from './format.ts';
import { quizHref, resultSearch, shareHref } from './links.ts';
import { ResultActions } from './ResultActions.tsx';
import { UrlNotice } from './UrlNotice.tsx';
import { createResultModel, type ResultModel } from './result/result-model.ts';
import { Plan } from './result/Plan.tsx';
import { Items } from './result/Items.tsx';
import { Covered, Scorecard, Team, Warnings } from './result/Sections.tsx';
import { WhatIf } from './result/WhatIf.tsx';
import { YourAnswers } from './result/YourAnswers.tsx';
import type { LinkContext } from './result/Reason.tsx';
import { JobDescription, type JobDescriptions } from './result/JobDescription.tsx';

interface Props {
  labels: Labels;
  base: string;
  /** Every role's job-description text and its wording, for the starters of the seats to fill now. */
  jobDescriptions: JobDescriptions;
}

type Loaded = { answers: Answers; problems: UrlProblem[]; sent: QuestionId[] };

/** The link's answers, what it got wrong, and the answers its sender set (`sent=`, answered ones only). */
function loadLink(search: string): Loaded {
  const { answers, problems } = parseAnswers(search);
  return { answers, problems, sent: (parseSent(search) ?? []).filter((question) => answers[question] !== undefined) };
}

/** The sender's answers still standing: a what-if change makes an answer the visitor's own. */
function standingSent(sent: readonly QuestionId[], loaded: Answers, shown: Answers): QuestionId[] {
  return sent.filter((question) => JSON.stringify(loaded[question]) === JSON.stringify(shown[question]));
}

/** Flip points are worked out when the page is idle, so a what-if change paints first. */
function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

/** Brings a question of the open what-if panel into view and focuses its chosen (or first) control. */
function focusWhatIf(question: QuestionId) {
  const fieldset = document.getElementById(`what-if-${question}`);
  fieldset?.scrollIntoView({ block: 'center' });
  fieldset?.querySelector<HTMLInputElement>('input:checked, input')?.focus({ preventScroll: true });
}

function Result({ model, labels, base, loaded, jobDescriptions }: { model: ResultModel; labels: Labels; base: string; loaded: Loaded; jobDescriptions: JobDescriptions }) {
  const doc = model.doc.value;
  const shown = model.shown.value;
  const sent = standingSent(loaded.sent, loaded.answers, shown);
  const setBySender = new Set(sent);
  const problems = loaded.problems;
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  /** The question a Change link asked for, focused once the panel has rendered open. */
  const focusNext = useRef<QuestionId | null>(null);
  useEffect(() => {
    if (whatIfOpen && focusNext.current) focusWhatIf(focusNext.current);
    focusNext.current = null;
  });
  const openAt = (question: QuestionId) => {
    focusNext.current = question;
    if (whatIfOpen) focusWhatIf(question);
    else setWhatIfOpen(true);
  };
  useEffect(() => {
    try {
      window.history.replaceState(window.history.state, '', `${location.pathname}${resultSearch(shown, location.search, sent)}`);
    } catch {
      /* no history here (sandboxed frame): the page still works */
    }
  }, [shown]);
  const context: LinkContext = { base, quizPath: base, answers: shown, onChange: openAt };
  const shareUrl = shareHref(base, shown, window.location.href);
  return (
    <>
      <h1>{WORDING.title}</h1>
      <UrlNotice problems={problems} labels={labels} />
      <Plan doc={doc} base={base} changes={model.changes.value} />
      <ResultActions doc={doc} shareUrl={shareUrl} base={base} />
      <WhatIf
        open={whatIfOpen}
        onToggle={setWhatIfOpen}
        answers={model.answers.value}
        labels={labels}
        waitingFor={model.waitingFor.value}
        announcement={model.announcement.value}
        setBySender={setBySender}
        onChange={(question, value) => model.change(question, value)}
      />
      <article class="result">
        <Items
          doc={doc}
          context={context}
          onTry={(answers) => { setWhatIfOpen(true); model.apply(answers); }}
          jobDescription={(item) => <JobDescription item={item} data={jobDescriptions} />}
        />
        <Covered doc={doc} context={context} />
        <Warnings doc={doc} context={context} />
        <Team doc={doc} context={context} />
        <Scorecard doc={doc} context={context} />
        <YourAnswers doc={doc} context={context} setBySender={setBySender} />
        <p><a href={`${base}#restart`} target="_self" data-action="restart" class="button secondary">{WORDING.text.startAgain}</a></p>
        <p class="muted small">{fill(WORDING.text.version, { version: doc.modelVersion })}</p>
        <p class="print-only">{fill(WORDING.text.printLink, { url: shareUrl })}</p>
      </article>
    </>
  );
}

export default function ResultIsland({ labels, base, jobDescriptions }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => setLoaded(loadLink(window.location.search)), []);
  const model = useMemo(
    () => (loaded && isComplete(loaded.answers) ? createResultModel(loaded.answers as CompleteAnswers, labels, whenIdle) : null),
    [loaded],
  );

  if (!loaded) {
    return (
      <>
        <h1>{WORDING.title}</h1>
        <p class="muted" aria-live="polite">{WORDING.text.working}</p>
      </>
    );
  }
  if (model) return <Result model={model} labels={labels} base={base} loaded={loaded} jobDescriptions={jobDescriptions} />;
  const missing = missingQuestions(loaded.answers);
  return (
    <>
      <h1>{WORDING.text.almost}</h1>
      <UrlNotice problems={loaded.problems} missing={missing} labels={labels} continueHref={quizHref(base, loaded.answers)} />
      <p><a class="button" href={quizHref(base, loaded.answers)}>{WORDING.text.continueQuiz}</a></p>
    </>
  );
}
