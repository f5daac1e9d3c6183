/**
 * One quiz session per page, given its host (host.ts): resumes from the link or this device,
 * asks only what the link's sender left open, keeps the URL, storage and history in step
 * with the question on screen through the host, and offers the choices a visit may need
 * (saved progress or the link's answers; "Update my plan" when entered from a result).
 * The page reads one `view()` and hears of changes through `subscribe`; nothing touches the
 * page but the host, and only once resumed.
 */
import {
  QUESTION_IDS, isApplicable, isComplete, possiblePath, questionPath, type Answers, type CompleteAnswers, type QuestionId,
} from '../engine/answers.ts';
import type { UrlProblem } from '../engine/url.ts';
import type { Sender } from '../engine/sender.ts';
import type { QuizInput } from '../flow/quiz-flow.ts';
import { createQuizModel } from './quiz-model.ts';
import { clearProgress, readProgress, writeProgress, type SavedProgress } from './progress-store.ts';
import { fromSaved, requestedQuestion, startingPoint, type StartingPoint } from './starting-point.ts';
import type { HistoryEntry, QuizHost, SenderPart } from './host.ts';

/** What a page shows of its session; the same object until something changes. */
export interface QuizView {
  /** The question on screen, or `result`. */
  question: QuestionId | 'result';
  answers: Answers;
  /** The complete answers once the quiz reached its result. */
  result: CompleteAnswers | undefined;
  /** Answers the visitor's last change removed because their question no longer applies. */
  dropped: QuestionId[];
  /** "Question k of n": among the questions this visitor is or may be asked (not those the sender set). */
  progress: { step: number; total: number };
  /** What the link got wrong (named in `[data-notice]`). */
  problems: UrlProblem[];
  /** Saved progress existed but could not be read. */
  storageUnreadable: boolean;
  /** False until the session has taken over from the server-rendered first step. */
  resumed: boolean;
  /** Counts reopenings (resume, history, a choice of answers): a reopened step is drawn afresh. */
  revision: number;
  /** The link's sender, and the questions whose answers they set (still standing). */
  sender: Sender;
  setBySender: QuestionId[];
  /** The link's answers differ from progress saved on this device: the visitor may keep theirs. */
  conflict: boolean;
  /** Whether Back leads to a question this visitor is asked. */
  canGoBack: boolean;
  /** Entered from a result with every answer given: "Update my plan" skips the questions left. */
  offersUpdate: boolean;
  /** Whether the visitor has answered a question on this page (the intro folds away then). */
  started: boolean;
  /** The answers came back from this device's storage, not from the link (said on the page, with "start over"). */
  reopened: boolean;
}

export interface QuizSession {
  view(): QuizView;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Takes over from the server-rendered step (once). */
  resume(): void;
  answer(value: string | readonly string[]): void;
  /** Answers, then goes straight to the result (or to a question the change left unanswered). */
  update(value: string | readonly string[]): void;
  back(): void;
  /** Opens a question whose answer the sender set; from then on that answer is the visitor's. */
  change(question: QuestionId): void;
  /** Keeps the progress saved on this device instead of the link's answers. */
  keepSaved(): void;
  /** Keeps the link's answers, replacing the saved progress. */
  useLink(): void;
  /** "Start over (another company)": forgets every answer, on the page and on this device (rates too); the link's sender stays. */
  startOver(): void;
}

/** What the session holds besides the machine. */
interface SessionState {
  problems: UrlProblem[];
  storageUnreadable: boolean;
  resumed: boolean;
  revision: number;
  sender: Sender;
  /** The questions the sender set (some may since have been dropped by a change). */
  sent: QuestionId[];
  /** The model version of an older link, kept in the quiz's links. */
  madeWith: number | undefined;
  conflict: SavedProgress | null;
  fromResult: boolean;
  started: boolean;
  dropped: QuestionId[];
  reopened: boolean;
}

/** A session whose host is made by `connect` when it resumes (so server rendering never needs one). */
export function createQuizSession(connect: () => QuizHost): QuizSession {
  let host: QuizHost | undefined;
  let view: QuizView | undefined;
  const listeners = new Set<() => void>();
  const changed = () => {
    view = undefined;
    listeners.forEach((listener) => listener());
  };
  const model = createQuizModel(changed);
  let state: SessionState = {
    problems: [], storageUnreadable: false, resumed: false, revision: 0, sender: {}, sent: [], madeWith: undefined, conflict: null, fromResult: false, started: false, dropped: [], reopened: false,
  };
  const set = (changes: Partial<SessionState>) => {
    state = { ...state, ...changes };
    changed();
  };
  const current = () => model.current();
  const setBySender = () => state.sent.filter((id) => current().answers[id] !== undefined && isApplicable(id, current().answers));
  const senderPart = (): SenderPart => ({ sender: state.sender, setBySender: setBySender(), madeWith: state.madeWith });

  function viewOf(): QuizView {
    const { question, answers, result } = current();
    const sent = setBySender();
    const path = questionPath(answers);
    const isAsked = (id: QuestionId) => id === question || !sent.includes(id);
    const asked = possiblePath(answers).filter(isAsked);
    return {
      question, answers, result,
      dropped: state.dropped,
      progress: { step: question === 'result' ? asked.length : asked.indexOf(question) + 1, total: asked.length },
      problems: state.problems,
      storageUnreadable: state.storageUnreadable,
      resumed: state.resumed,
      revision: state.revision,
      sender: state.sender,
      setBySender: sent,
      conflict: state.conflict !== null,
      canGoBack: path.slice(0, Math.max(0, path.indexOf(question as QuestionId))).some(isAsked),
      offersUpdate: state.fromResult && isComplete(answers) && question !== path.at(-1),
      started: state.started,
      reopened: state.reopened,
    };
  }

  function open(input: QuizInput) {
    model.open(input);
    set({ revision: state.revision + 1 });
  }

  /** Moves past questions the sender set, the way the visitor was going; the sender's answers stay. */
  function skipSetBySender(direction: 'forward' | 'back') {
    for (let skipped = 0; skipped < QUESTION_IDS.length; skipped += 1) {
      const { question, answers } = current();
      if (question === 'result' || !setBySender().includes(question)) return;
      if (direction === 'forward') model.answer(answers[question]!);
      else model.back();
      if (current().question === question) return;
    }
  }

  /** After a step: save progress (not while the visitor may still keep theirs), then show the step or the result. */
  function settle(entry: HistoryEntry) {
    const { question, answers, result } = current();
    const last = questionPath(answers).at(-1);
    if (!state.conflict) writeProgress(host!.storage, { answers, at: question === 'result' ? last : question });
    if (result) host!.showResult(result, senderPart(), entry);
    else if (question !== 'result') host!.showStep(question, answers, senderPart(), entry);
  }

  /** Opens the quiz at `point` (a link, saved progress, nothing), then records it. */
  function begin(point: StartingPoint, changes: Partial<SessionState>, reopen: boolean) {
    set({
      ...changes,
      problems: point.problems,
      sender: point.sender,
      sent: point.setBySender,
      madeWith: point.madeWith,
      conflict: point.conflict ?? null,
      fromResult: isComplete(point.input.answers ?? {}),
      dropped: [],
      resumed: true,
      reopened: point.source === 'saved' && Object.keys(point.input.answers ?? {}).length > 0,
    });
    if (reopen) open(point.input);
    skipSetBySender('forward');
    settle(reopen || point.restart ? 'replace' : 'keep');
  }

  /** Takes over from the server-rendered page: from the link, else what this device saved. */
  function start() {
    if (!host) {
      host = connect();
      host.announce(); // `ready` comes before the first `step`
      host.listen(reopenEntry, () => { if (current().result) start(); });
    }
    const { saved, unreadable } = readProgress(host.storage);
    const { search, hash } = host.link();
    const point = startingPoint(search, hash, saved);
    if (point.restart) clearProgress(host.storage);
    // A fresh visit keeps the server-rendered step as it is, with whatever was already chosen on it.
    const untouched = point.source === 'none' && current().question === 'stage' && Object.keys(current().answers).length === 0;
    begin(point, { storageUnreadable: unreadable && point.source !== 'link' }, !untouched);
  }

  /** Browser back and forward: reopen the entry's question (engine/answers.ts says which), keeping the newest answers. */
  function reopenEntry(entry: string | undefined) {
    const wanted = QUESTION_IDS.find((id) => id === entry) ?? requestedQuestion(host!.link().hash) ?? 'stage';
    set({ dropped: [] });
    open({ answers: current().answers, open: { from: 'history', question: wanted } });
    skipSetBySender('forward');
    settle('replace');
  }

  /** One step by the visitor: the answer is theirs now (no longer the sender's), then move past what the sender set. */
  function step(act: () => void, direction: 'forward' | 'back') {
    const before = current().question;
    act();
    if (current().question === before) return;
    if (direction === 'forward') {
      // Answering goes on with the link's answers, so the saved progress is replaced now.
      set({ dropped: current().dropped, sent: state.sent.filter((id) => id !== before), started: true, conflict: null });
    } else {
      set({ dropped: [] });
    }
    skipSetBySender(direction);
    settle('push');
  }

  return {
    view: () => (view ??= viewOf()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resume() { if (!state.resumed) start(); },
    answer: (value) => step(() => model.answer(value), 'forward'),
    update: (value) => step(() => model.finish(value), 'forward'),
    back: () => step(() => model.back(), 'back'),
    change(question) {
      if (!setBySender().includes(question)) return;
      set({ sent: state.sent.filter((id) => id !== question), conflict: null, dropped: [] });
      open({ answers: current().answers, open: { from: 'link', question } });
      settle('push');
    },
    keepSaved() {
      if (state.conflict) begin(fromSaved(state.conflict, state.sender), {}, true);
    },
    useLink() {
      if (!state.conflict) return;
      set({ conflict: null });
      settle('replace');
    },
    startOver() {
      if (!host) return;
      clearProgress(host.storage);
      set({ problems: [], storageUnreadable: false, sent: [], madeWith: undefined, conflict: null, fromResult: false, started: false, dropped: [], reopened: false });
      open({});
      settle('replace');
    },
  };
}
