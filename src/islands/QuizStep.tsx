/**
 * The questionnaire as a page shows it, drawn from its session: the intro (until the first
 * answer), what a link's sender filled in, the choice between saved progress and a link,
 * notices, the progress bar and the current question. Server-rendered at the first question;
 * once hydrated, the session resumes (the owner of the session calls `resume`); after that,
 * each step moves focus to the new question's heading and updates the page title.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { QuestionId } from '../engine/answers.ts';
import type { Labels } from '../content/labels.ts';
import type { QuizWording } from '../content/quiz-wording.ts';
import { fill } from '../content/fill.ts';
import type { QuizSession } from '../session/quiz-session.ts';
import { QuestionForm } from './QuestionForm.tsx';
import { UrlNotice } from './UrlNotice.tsx';
import { SenderNote } from './QuizSender.tsx';
import { revealQuiz } from '../session/early-input.ts';
import { useView } from './use-view.ts';

export interface QuizStepProps {
  labels: Labels;
  words: QuizWording;
  base: string;
}

interface Props extends QuizStepProps {
  session: QuizSession;
  /** Show the page's intro until the first answer (the site; an embed has its own title). */
  intro?: boolean;
}

/** The progress bar. Its width goes through the CSSOM, never a style attribute (the CSP allows no inline styles). */
function Progress({ step, total }: { step: number; total: number }) {
  const percent = Math.round(((step - 1) / total) * 100);
  const showProgress = (bar: HTMLDivElement | null) => bar?.style.setProperty('--progress', `${percent}%`);
  return (
    <div class="progress" aria-hidden="true">
      <div class="progress-bar" ref={showProgress} />
    </div>
  );
}

export function QuizStep({ session, labels, words, base, intro = false }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = useView(session);
  const { question, resumed, revision, progress, dropped } = view;
  /**
   * A press that comes after hydration but before the owner's effect resumed the session
   * resumes it first; it then counts only if the step it was made on is still the one shown
   * (a link or saved progress that opened another question wins).
   */
  const onStep = (act: () => void) => {
    const pressedOn = question;
    session.resume();
    if (session.view().question === pressedOn) act();
  };
  /** The question shown once resumed; focus moves only when it changes after that. */
  const settledQuestion = useRef<string | null>(null);

  // The server-rendered step stays hidden while a link or saved progress may change it (QuizFirstPaint.astro).
  useLayoutEffect(() => { if (resumed) revealQuiz(); }, [resumed]);

  useEffect(() => {
    if (question === 'result') return;
    document.title = fill(words.pageTitle, { question: labels.questions[question].label, ...progress });
    // Arriving (or resuming) keeps focus where the visitor is; each later step moves it to the question.
    if (!resumed) return;
    if (settledQuestion.current !== null && settledQuestion.current !== question) headingRef.current?.focus();
    settledQuestion.current = question;
  }, [question, resumed, revision]);

  return (
    <>
      {intro && !view.started && <p class="lede">{words.lede}</p>}
      <div class="quiz-body">
        {!view.started && <SenderNote sender={view.sender} setBySender={view.setBySender} answers={view.answers} labels={labels} words={words} onChange={(id) => session.change(id)} />}
        {view.conflict && (
          <div class="notice" role="status" data-choice="saved-or-link">
            <p>{words.conflict}</p>
            <p class="choice-buttons">
              <button type="button" class="button" data-action="use-link" onClick={() => session.useLink()}>{words.useLink}</button>
              <button type="button" class="button secondary" data-action="keep-saved" onClick={() => session.keepSaved()}>{words.keepSaved}</button>
            </p>
          </div>
        )}
        <UrlNotice problems={view.problems} labels={labels} />
        {view.storageUnreadable && <p class="notice" role="status">{words.storageUnreadable}</p>}
        {dropped.length > 0 && (
          <p class="notice" role="status">
            {fill(words.dropped, { questions: dropped.map((id: QuestionId) => labels.questions[id].short).join(', ') })}{' '}
            {dropped.length === 1 ? words.droppedOne : words.droppedMany}
          </p>
        )}
        {question === 'result' ? (
          <p class="muted" role="status">{words.preparing}</p>
        ) : (
          <>
            <Progress {...progress} />
            <QuestionForm
              key={`${question}:${revision}`}
              question={question}
              answers={view.answers}
              labels={labels}
              words={words}
              base={base}
              step={progress}
              canGoBack={view.canGoBack}
              offersUpdate={view.offersUpdate}
              adopt={!resumed}
              headingRef={headingRef}
              onAnswer={(value) => onStep(() => session.answer(value))}
              onUpdate={(value) => onStep(() => session.update(value))}
              onBack={() => onStep(() => session.back())}
            />
          </>
        )}
      </div>
    </>
  );
}
