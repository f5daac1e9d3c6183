/**
 * The embed's host (`/embed/`, in someone else's page): the quiz stays out of the host page's
 * history (each step replaces the frame's URL, keeping the host's part of the fragment, where
 * WordPress keeps its secret), progress lives in the frame's storage where it has any, the
 * host page hears of each step (embed/frame/embed-events.ts, in WordPress's protocol too when embedded by
 * WordPress), and the result is shown in place and announced with the share link.
 */
import type { Answers, CompleteAnswers, QuestionId } from '../engine/answers.ts';
import type { RoleId } from '../engine/ids.ts';
import { embedFrame, type EmbedFrame, type FrameWindow } from '../embed/frame/embed-events.ts';
import { embedAnswersQuery } from '../embed/frame/embed-link.ts';
import { hostFragment, shareHref, stepSearch } from '../links.ts';
import { listenToHistory, recordHistory, senderSearch, type HostWindow, type QuizHost, type SenderPart } from './host.ts';

export interface EmbedHostOptions {
  /** The hire order of complete answers, for the `result` message (the engine loads with the result). */
  hireOrderOf: (answers: CompleteAnswers) => RoleId[] | Promise<RoleId[]>;
  /** The frame's side; by default the real one, on the same window. */
  frame?: EmbedFrame;
}

export function embedHost(win: HostWindow & FrameWindow, base: string, { hireOrderOf, frame = embedFrame(win) }: EmbedHostOptions): QuizHost {
  // No `#q=` here, so `sent=` is always written: a reloaded step then knows which answers were the sender's.
  const frameUrl = (answers: Answers, sender: SenderPart) =>
    `${win.location.pathname}${stepSearch(answers, win.location.search, senderSearch(sender, true))}${hostFragment(win.location.hash)}`;
  const record = (question: QuestionId | 'result', answers: Answers, sender: SenderPart, keep: boolean) =>
    recordHistory(win, 'replace', question, keep ? undefined : frameUrl(answers, sender));
  return {
    link: () => ({ search: embedAnswersQuery(win.location.search), hash: win.location.hash }),
    storage: () => win.localStorage,
    announce: () => frame.announce(),
    showStep(question, answers, sender, entry) {
      record(question, answers, sender, entry === 'keep');
      frame.shown({ type: 'step', question });
    },
    showResult(answers, sender) {
      record('result', answers, sender, false);
      const url = shareHref(base, answers, win.location.href);
      void Promise.resolve(hireOrderOf(answers)).then((roles) => frame.shown({ type: 'result', roles, url }));
    },
    listen: (onEntry, onRestored) => listenToHistory(win, onEntry, onRestored),
  };
}
