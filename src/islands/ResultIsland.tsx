/**
 * The `/result/` island: reads the answers from the query string through the codec and the
 * words from /result/words.json (preloaded by the page's head), then renders the plan first,
 * the what-if panel, every seat with its details, and the rest of the result, a part a task.
 * What-if changes update the page at once and the URL with `replaceState`. Until the words
 * arrive it shows a short placeholder (a static page cannot know the query).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isComplete, missingQuestions, type Answers, type CompleteAnswers, type QuestionId } from '../engine/answers.ts';
import { parseAnswers, toQuery, type UrlProblem } from '../engine/url.ts';
import type { ResultLabels } from '../content/labels.ts';
import type { FirstWords, ResultWords } from '../content/result-words.ts';
import { WORDING, provideWording } from '../content/result-wording.ts';
import { quizHref, resultWordsHref, resultSearch, roleHref, shareHref, withMadeWith } from '../links.ts';
import { fill } from '../content/fill.ts';
import { ResultActions } from './ResultActions.tsx';
import { fetchJson, keptUntilFailure } from './fetch-json.ts';
import { UrlNotice } from './UrlNotice.tsx';
import { createResultModel, type ResultModel } from '../result/result-model.ts';
import { Plan } from './result/Plan.tsx';
import { WhatIf } from './result/WhatIf.tsx';
import { setBySender } from '../engine/set-by-sender.ts';
import { hasSender, parseSender } from '../engine/sender.ts';
import type { ReplyWording } from '../share/reply.ts';
import type { PlanShellWords } from './plan/PlanSections.tsx';
import { useLazy } from './plan/use-lazy.ts';
import { COMPARE_PARAM } from '../engine/plan-ids.ts';
import { olderVersion } from '../engine/version.ts';

/** A link's sender and "send this plan back": only a link that names a sender needs their code (the /result/ JS budget). */
const loadSenderLine = () => import('./ResultSender.tsx').then((module) => ({ default: module.SenderLine }));
const loadSendBack = () => import('./ResultSender.tsx').then((module) => ({ default: module.SendBack }));

/** Every seat and section below the plan: a chunk of its own, asked for as the page opens. */
type DetailsModule = typeof import('./result/Details.tsx');
const loadDetails = () => import('./result/Details.tsx');

interface Props {
  /** What the page shows before /result/words.json arrives, or if it cannot. */
  firstWords: FirstWords;
  base: string;
  /** What the result says of a link's sender, and "send this plan back". */
  replyWords: ReplyWording;
  /** The hiring plan's words shown before its code loads. */
  planWords: PlanShellWords;
}

/** The answers of the page's link as it was opened, with its query (`sent=`, a sender's `from=`, `note=`). */
type Loaded = { answers: Answers; problems: UrlProblem[]; version: number | null; search: string };

/**
 * What a result is written with (/result/words.json): the page's head asked for it as the page
 * opened, so this fetch takes the preloaded answer. A failure is tried again on the next call.
 */
const loadWords = keptUntilFailure((base: string) => fetchJson<ResultWords>(resultWordsHref(base)));

/** Flip points are worked out when the page is idle, so a what-if change paints first. */
function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

/**
 * `value`, one task late (undefined before its first arrival): the plan, the panel and the
 * announcement paint first, and the long list of seats below them in the next task, both when
 * the page opens and after a what-if change (useDeferredValue's idea). No task is then long.
 */
function useDeferred<T>(value: T): T | undefined {
  const [deferred, setDeferred] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (deferred === value) return;
    const timer = setTimeout(() => setDeferred(value), 0);
    return () => clearTimeout(timer);
  }, [value]);
  return deferred;
}

/**
 * A link to a seat or a warning (`#seat-ml-engineer`, as the embed's chips make) scrolls there
 * once every part is drawn: the browser looked for it while the page held only the placeholder.
 */
function scrollToLinkedPart() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (/^(seat|warning)-[a-z0-9-]+$/.test(id)) document.getElementById(id)?.scrollIntoView();
}

/** Brings a question of the open what-if panel into view and focuses its chosen (or first) control. */
function focusWhatIf(question: QuestionId) {
  const fieldset = document.getElementById(`what-if-${question}`);
  fieldset?.scrollIntoView({ block: 'center' });
  fieldset?.querySelector<HTMLInputElement>('input:checked, input')?.focus({ preventScroll: true });
}

function Result({ model, labels, base, loaded, replyWords, planWords }: Omit<Props, 'firstWords'> & { labels: ResultLabels; model: ResultModel; loaded: Loaded }) {
  const doc = model.doc.value;
  const shown = model.shown.value;
  const later = useDeferred(useMemo(() => ({ doc, shown }), [doc, shown]));
  const [detailsModule, setDetailsModule] = useState<DetailsModule | null>(null);
  useEffect(() => {
    void loadDetails().then(setDetailsModule);
  }, []);
  const problems = loaded.problems;
  const senderSet = useMemo(() => setBySender(loaded.search, loaded.answers, shown), [loaded, shown]);
  const sender = useMemo(() => parseSender(loaded.search), [loaded]);
  const SenderLine = useLazy(loadSenderLine, hasSender(sender));
  const SendBack = useLazy(loadSendBack, hasSender(sender));
  const madeWith = olderVersion(loaded.version);
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  /** Scenario B's starting answers while the comparison is open; `link`: the link's `compare=`. */
  const [compareFrom, setCompareFrom] = useState<Answers | 'link' | null>(() => (new URLSearchParams(loaded.search).has(COMPARE_PARAM) ? 'link' : null));
  const Compare = useLazy(() => import('./plan/Compare.tsx'), compareFrom !== null);
  const hasDetails = later !== undefined && detailsModule !== null;
  // The what-if's questions load with the seats' details (one task after the plan), or when the panel opens first.
  const WhatIfForm = useLazy(() => import('./result/WhatIfForm.tsx'), whatIfOpen || hasDetails);
  /** The question a Change link asked for, focused once the panel has rendered open with its questions. */
  const focusNext = useRef<QuestionId | null>(null);
  useEffect(() => {
    if (!whatIfOpen || !WhatIfForm) return; // its questions are not drawn yet: the request waits for them
    if (focusNext.current) focusWhatIf(focusNext.current);
    focusNext.current = null;
  });
  const openAt = (question: QuestionId) => {
    focusNext.current = question;
    if (whatIfOpen && WhatIfForm) focusWhatIf(question);
    else setWhatIfOpen(true);
  };
  useEffect(() => {
    // After the change is on screen: replaceState costs a few milliseconds in Chromium.
    const timer = setTimeout(() => {
      try {
        // The hash stays: a link to a seat (`#seat-…`) keeps pointing there on reload.
        // Until a what-if change, the plan is the link's own: an older link's v= stays, so a reload still says the rules changed.
        const search = resultSearch(shown, location.search, [...senderSet]);
        const own = toQuery(shown) === toQuery(loaded.answers);
        window.history.replaceState(window.history.state, '', `${location.pathname}${own ? withMadeWith(search, madeWith) : search}${location.hash}`);
      } catch {
        /* no history here (sandboxed frame): the page still works */
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [shown]);
  // A change that opens a question (and has no earlier answer to it) brings it into view, above the sticky status line.
  const waitingFor = model.waitingFor.value;
  useEffect(() => { if (waitingFor) document.getElementById(`what-if-${waitingFor}`)?.scrollIntoView({ block: 'nearest' }); }, [waitingFor, WhatIfForm]);
  const shareUrl = shareHref(base, shown, window.location.href);
  // The hiring plan's parts sit below the plan and the what-if: their shell loads with the seats' details.
  const PlanSections = useLazy(() => import('./plan/PlanSections.tsx'), hasDetails);
  // The same vnode until the deferred plan arrives, so Preact skips the long list meanwhile.
  const details = useMemo(() => {
    if (!later || !detailsModule) return null;
    const { Details } = detailsModule;
    return (
      <Details
        doc={later.doc}
        shown={later.shown}
        base={base}
        onChange={openAt}
        flips={model.flips}
        onTry={(answers) => { setWhatIfOpen(true); model.apply(answers); }}
        setBySender={setBySender(loaded.search, loaded.answers, later.shown)}
        intake={{ href: (role) => `${roleHref(base, role)}?${toQuery(later.shown)}`, text: planWords.intakeLink }}
        onDrawn={scrollToLinkedPart}
      />
    );
  }, [later, whatIfOpen, detailsModule]);
  return (
    <>
      <h1 tabIndex={-1}>{WORDING.title}</h1>
      <UrlNotice problems={problems} labels={labels} />
      {SenderLine && <SenderLine sender={sender} words={replyWords} />}
      <Plan doc={doc} base={base} changes={model.changes.value} />
      <ResultActions doc={doc} shareUrl={shareUrl} base={base} />
      {SendBack && <SendBack sender={sender} words={replyWords} planLink={shareUrl} refused={fill(WORDING.text.copyRefused, { url: shareUrl })} />}
      <WhatIf
        open={whatIfOpen}
        onToggle={setWhatIfOpen}
        answers={model.answers.value}
        labels={labels}
        waitingFor={model.waitingFor.value}
        announcement={model.announcement.value}
        setBySender={senderSet}
        onChange={model.change}
        Form={WhatIfForm}
      >
        <p><button type="button" class="button secondary" data-action="compare" aria-expanded={compareFrom !== null} onClick={() => setCompareFrom({ ...shown })}>{planWords.compareOpen}</button></p>
      </WhatIf>
      {Compare && compareFrom && <Compare a={shown} b={compareFrom} labels={labels} base={base} onClose={() => setCompareFrom(null)} />}
      {/* Below the what-if, like the seats' details: drawn from the deferred plan, one task after the plan. */}
      {PlanSections && later && <PlanSections doc={later.doc} base={base} words={planWords} sources={labels.sources} />}
      {details}
    </>
  );
}

export default function ResultIsland({ firstWords, base, replyWords, planWords }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => setLoaded({ ...parseAnswers(window.location.search), search: window.location.search }), []);
  /**
   * The labels once fetched, with the plan worked out when the link is complete; `failed` when
   * the fetch did not answer (offline before a first visit, say).
   */
  const [ready, setReady] = useState<{ labels: ResultLabels; model: ResultModel | null } | 'failed' | null>(null);
  /** Try again was pressed: its button is gone once the page changes, so the focus goes to the new heading. */
  const retried = useRef(false);
  useEffect(() => {
    if (retried.current && ready !== null) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [ready]);
  const prepare = () => {
    if (!loaded) return;
    setReady(null);
    loadWords(base).then(({ labels, wording }) => {
      provideWording(wording);
      if (!isComplete(loaded.answers)) return setReady({ labels, model: null });
      const model = createResultModel(loaded.answers, labels, whenIdle);
      void model.doc.value; // the plan worked out in this task, drawn in the next: two short tasks rather than one long
      setTimeout(() => setReady({ labels, model }), 0);
      void loadDetails(); // the seats' code is asked for now, to be ready one task after the plan
    }, () => setReady('failed'));
  };
  useEffect(prepare, [loaded]);

  if (ready === 'failed') {
    return (
      <>
        <h1 tabIndex={-1}>{firstWords.title}</h1>
        <p role="alert" data-words-failed>{firstWords.failed}</p>
        <p>
          <button type="button" class="button" onClick={() => { retried.current = true; prepare(); }}>{firstWords.tryAgain}</button>{' '}
          <a class="button secondary" href={quizHref(base, loaded?.answers ?? {})}>{firstWords.continueQuiz}</a>
        </p>
      </>
    );
  }
  if (!loaded || ready === null) {
    return (
      <>
        <h1>{firstWords.title}</h1>
        <p class="muted" aria-live="polite">{firstWords.working}</p>
      </>
    );
  }
  if (ready.model) return <Result model={ready.model} labels={ready.labels} base={base} loaded={loaded} replyWords={replyWords} planWords={planWords} />;
  const missing = missingQuestions(loaded.answers);
  return (
    <>
      <h1 tabIndex={-1}>{WORDING.text.almost}</h1>
      <UrlNotice problems={loaded.problems} missing={missing} labels={ready.labels} continueHref={quizHref(base, loaded.answers)} />
      <p><a class="button" href={quizHref(base, loaded.answers)}>{WORDING.text.continueQuiz}</a></p>
    </>
  );
}
