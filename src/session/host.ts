/**
 * What a page that runs the quiz provides (site, embed, WordPress embed): where the answers
 * come from, where progress is saved, who owns history, who hears about each step, and where
 * the result goes. The session (quiz-session.ts) decides what happens; its host carries it out.
 */
import type { Answers, CompleteAnswers, QuestionId } from '../engine/answers.ts';
import { senderQuery, sentQuery, type Sender } from '../engine/sender.ts';
import type { StorageSource } from './progress-store.ts';

/** The sender's part of the quiz's links: their label and note, and the questions they set. */
export interface SenderPart {
  sender: Sender;
  setBySender: readonly QuestionId[];
  /** The model version the link was made with, when older than today's: the quiz's links keep it (links.ts withMadeWith). */
  madeWith?: number | undefined;
}

/** How a step enters the browser's history: a new entry, this entry's URL replaced, or the URL kept (a fresh visit). */
export type HistoryEntry = 'push' | 'replace' | 'keep';

export interface QuizHost {
  /** This page's link: the query whose answers open the quiz, and the fragment. */
  link(): { search: string; hash: string };
  /** Where this device keeps progress. */
  storage: StorageSource;
  /** Once, before the first step (an embed says `ready`). */
  announce(): void;
  /** A question is on screen: record it in history as `entry` says, and tell whoever listens. */
  showStep(question: QuestionId, answers: Answers, sender: SenderPart, entry: HistoryEntry): void;
  /** Every question is answered: go to the result page, or show the result in place. */
  showResult(answers: CompleteAnswers, sender: SenderPart, entry: HistoryEntry): void;
  /** Browser history: the question of the entry the visitor moved to; a page restored from the back-forward cache. */
  listen(onEntry: (question: string | undefined) => void, onRestored: () => void): void;
}

/**
 * The sender's part of a link's query (`from=…&note=…&sent=…`). `sent=` is written when the
 * sender set something, or `always` (an embed's links have no `#q=` to say none was set).
 */
export function senderSearch({ sender, setBySender }: SenderPart, always = false): string {
  return [senderQuery(sender), setBySender.length > 0 || always ? sentQuery(setBySender) : ''].filter(Boolean).join('&');
}

/** What the hosts use of a window: the browser's, or a unit test's fake. */
export type HostWindow = Pick<Window, 'location' | 'history' | 'addEventListener'> & { readonly localStorage: Storage };

/**
 * Records a step in the browser's history. Best effort: a sandboxed frame (opaque origin)
 * may refuse URL changes, and the quiz must work there all the same.
 */
export function recordHistory(win: HostWindow, mode: 'push' | 'replace', question: string, url?: string): void {
  try {
    if (mode === 'push') win.history.pushState({ question }, '', url);
    else win.history.replaceState({ question }, '', url);
  } catch {
    /* no history here: answers still live in the page and, where allowed, in storage */
  }
}

/** Browser back and forward (the entry's question), and a return from the back-forward cache. */
export function listenToHistory(win: HostWindow, onEntry: (question: string | undefined) => void, onRestored: () => void): void {
  win.addEventListener('popstate', (event) => onEntry((event.state as { question?: string } | null)?.question));
  win.addEventListener('pageshow', (event) => { if (event.persisted) onRestored(); });
}
