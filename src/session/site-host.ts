/**
 * The site's host (`/`): every step is a history entry (`/?<answers>#q=<question>`,
 * docs/decisions/0004), progress lives in this browser's storage, and complete answers
 * leave for `/result/`, whose entry Back returns from to the last question.
 */
import { questionPath, type Answers } from '../engine/answers.ts';
import { resultHref, stepSearch } from '../links.ts';
import { listenToHistory, recordHistory, senderSearch, type HostWindow, type QuizHost, type SenderPart } from './host.ts';

export function siteHost(win: HostWindow, base: string): QuizHost {
  const stepUrl = (question: string, answers: Answers, sender: SenderPart) =>
    `${win.location.pathname}${stepSearch(answers, win.location.search, senderSearch(sender))}#q=${question}`;
  return {
    link: () => ({ search: win.location.search, hash: win.location.hash }),
    storage: () => win.localStorage,
    announce() {},
    showStep(question, answers, sender, entry) {
      if (entry === 'keep') recordHistory(win, 'replace', question); // a fresh visit keeps its plain URL
      else recordHistory(win, entry, question, stepUrl(question, answers, sender));
    },
    showResult(answers, sender, entry) {
      const last = questionPath(answers).at(-1)!;
      recordHistory(win, 'replace', last, stepUrl(last, answers, sender));
      const result = new URL(resultHref(base, answers, senderSearch(sender)), win.location.href).href;
      if (entry === 'keep') win.location.replace(result);
      else win.location.assign(result);
    },
    listen: (onEntry, onRestored) => listenToHistory(win, onEntry, onRestored),
  };
}
