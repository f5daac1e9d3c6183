/**
 * The page around the quiz model: resumes from the link or this device, keeps the URL,
 * local storage and browser history in step with the question on screen, and (in an
 * embed) tells the host page what happens. One instance per page, shared by the islands.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { QUESTION_IDS, questionPath, type Answers, type QuestionId } from '../engine/answers.ts';
import type { UrlProblem } from '../engine/url.ts';
import { createQuizModel, type PageQuizMachine, type QuizModel } from './quiz-model.ts';
import { createQuizMachine } from '../flow/quiz-flow.ts';
import { clearProgress, readProgress, writeProgress } from './quiz-storage.ts';
import { requestedQuestion, startingPoint } from './quiz-session.ts';
import { hostFragment, shareHref, stepSearch } from './links.ts';
import type { EmbedEvent } from './embed-events.ts';

export interface QuizPage {
  model: QuizModel;
  /** What the link got wrong (named in `[data-notice]`). */
  problems: ReadonlySignal<UrlProblem[]>;
  /** Saved progress existed but could not be read. */
  storageUnreadable: ReadonlySignal<boolean>;
  /** False until the page has taken over from the server-rendered first step. */
  resumed: ReadonlySignal<boolean>;
  resume(): void;
  answer(value: string | readonly string[]): void;
  back(): void;
}

/**
 * What an embedded quiz does beyond the site's page (embed-events.ts `embedHost`), passed in
 * by EmbedQuiz so that the site's pages do not carry the embed's code.
 */
export interface EmbedHost {
  /** Says `ready` and starts reporting the height: before the first step. */
  announce(): void;
  /** Tells the host page about a step or the result. */
  post(event: Extract<EmbedEvent, { type: 'step' | 'result' }>): void;
  /** The query whose answers prefill the embed (it may name a pasted link). */
  answersQuery(search: string): string;
}

const localStorageOrNull = () => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * Records a step in the browser's history. Best effort: a sandboxed frame (opaque origin)
 * refuses URL changes, and the quiz must work there all the same.
 */
function recordHistory(mode: 'push' | 'replace', question: string, url?: string) {
  try {
    if (mode === 'push') window.history.pushState({ question }, '', url);
    else window.history.replaceState({ question }, '', url);
  } catch {
    /* no history here: answers still live in the page and, where allowed, in storage */
  }
}

function createQuizPage(base: string, host: EmbedHost | undefined, machine: PageQuizMachine): QuizPage {
  const embed = host !== undefined;
  const model = createQuizModel(machine);
  const problems = signal<UrlProblem[]>([]);
  const storageUnreadable = signal(false);
  const resumed = signal(false);

  /**
   * This page's URL for a step: the answers so far and the question on screen. An embed keeps
   * the host's part of its fragment instead (WordPress keeps its secret there).
   */
  const stepUrl = (answers: Answers, question: string) =>
    `${location.pathname}${stepSearch(answers, location.search)}${embed ? hostFragment(location.hash) : `#q=${question}`}`;
  const shareUrl = (answers: Answers) => shareHref(base, answers, location.href);

  /** After a step: save progress, then record the step, or leave for / show the result. */
  function settle(history: 'push' | 'replace' | 'none') {
    const question = model.question.value;
    const answers = model.answers.value;
    const last = questionPath(answers).at(-1);
    writeProgress(localStorageOrNull, { answers, at: question === 'result' ? last : question });
    if (question !== 'result') recordStep(question, answers, history);
    else if (embed) reportResult(answers);
    else goToResult(answers, last, history);
  }

  function recordStep(question: QuestionId, answers: Answers, history: 'push' | 'replace' | 'none') {
    if (history === 'none') recordHistory('replace', question); // a fresh visit keeps its plain URL
    else recordHistory(embed ? 'replace' : history, question, stepUrl(answers, question)); // embeds stay out of the host's history
    host?.post({ type: 'step', question });
  }

  /** The embed shows the result in place and tells the host. */
  function reportResult(answers: Answers) {
    recordHistory('replace', 'result', stepUrl(answers, 'result'));
    host?.post({ type: 'result', roles: model.recommendation.value?.hireOrder.map((item) => item.role) ?? [], url: shareUrl(answers) });
  }

  /** The site moves to the share link; the entry left behind reopens the last question (browser Back). */
  function goToResult(answers: Answers, last: QuestionId | undefined, history: 'push' | 'replace' | 'none') {
    if (last) recordHistory('replace', last, stepUrl(answers, last));
    if (history === 'none') location.replace(shareUrl(answers));
    else location.assign(shareUrl(answers));
  }

  /** Takes over from the server-rendered page: from the link, else what this device saved. */
  function start() {
    host?.announce(); // `ready` comes before the first `step`
    const { saved, unreadable } = readProgress(localStorageOrNull);
    const start = startingPoint(host ? host.answersQuery(location.search) : location.search, location.hash, saved);
    if (start.restart) clearProgress(localStorageOrNull);
    batch(() => {
      problems.value = start.problems;
      storageUnreadable.value = unreadable && !start.fromLink;
      model.open(start.input);
      resumed.value = true;
    });
    settle(start.restart || start.fromLink || model.question.value !== 'stage' ? 'replace' : 'none');
  }

  // Browser back and forward: reopen the entry's question, keeping the newest answers. An
  // entry whose question no longer applies opens the nearest one on the path, never the result.
  window.addEventListener('popstate', (event) => {
    const state = event.state as { question?: string } | null;
    const wanted = requestedQuestion(`#q=${state?.question ?? ''}`) ?? requestedQuestion(location.hash) ?? 'stage';
    const answers = model.answers.value;
    const path = questionPath(answers);
    const at = path.includes(wanted) ? wanted : path.filter((question) => QUESTION_IDS.indexOf(question) < QUESTION_IDS.indexOf(wanted)).at(-1) ?? 'stage';
    model.open({ answers, at });
    settle('replace');
  });
  // Back from the result page restores this page from the back-forward cache as it was left.
  window.addEventListener('pageshow', (event) => { if (event.persisted && model.question.value === 'result') start(); });

  return {
    model,
    problems,
    storageUnreadable,
    resumed,
    // Once: an island mounted again (an embed's step after its result) keeps the quiz as it is,
    // as the embed's URL no longer names the question on screen.
    resume() { if (!resumed.value) start(); },
    answer(value) {
      const before = model.question.value;
      model.answer(value);
      if (model.question.value !== before) settle('push');
    },
    back() {
      const before = model.question.value;
      model.back();
      if (model.question.value !== before) settle('push');
    },
  };
}

/** The quiz page's machine: the result is drawn by /result/, so it outputs nothing itself. */
const routingMachine: PageQuizMachine = createQuizMachine(() => undefined);

/** A model for server rendering: the first question, no browser. */
function serverQuizPage(): QuizPage {
  const none = computed(() => false);
  return {
    model: createQuizModel(routingMachine),
    problems: computed(() => []),
    storageUnreadable: none,
    resumed: none,
    resume() {},
    answer() {},
    back() {},
  };
}

let page: QuizPage | undefined;

/**
 * The page's one quiz, created by the first island that asks in the browser (the others
 * share it). An embed passes its host and the recommending machine, to show the result in place.
 */
export function quizPage(base: string, options: { host?: EmbedHost; machine?: PageQuizMachine } = {}): QuizPage {
  if (typeof window === 'undefined') return serverQuizPage();
  page ??= createQuizPage(base, options.host, options.machine ?? routingMachine);
  return page;
}
