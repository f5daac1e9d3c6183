/**
 * Where a visit starts: a link's answers (or its `#q=` question) win; without any, the
 * progress saved on this device. A link never destroys saved work: when its answers differ
 * from saved ones, the visit starts from the link and the saved progress is offered back.
 * The sender comes from the link only (never from storage); a link that names a sender and
 * sets no answer is a link all the same.
 */
import { QUESTION_IDS, type Answers, type OpenRequest, type QuestionId } from '../engine/answers.ts';
import { parseAnswers, toQuery, type UrlProblem } from '../engine/url.ts';
import { olderVersion } from '../engine/version.ts';
import { hasSender, parseSender, parseSent, type Sender } from '../engine/sender.ts';
import type { QuizInput } from '../flow/quiz-flow.ts';
import { questionFromHash } from '../links.ts';
import type { SavedProgress } from './progress-store.ts';

export interface StartingPoint {
  input: QuizInput;
  problems: UrlProblem[];
  /** `#restart`: forget saved progress and start from the first question. */
  restart: boolean;
  /** Whether the answers come from the link, from this device, or there are none. */
  source: 'link' | 'saved' | 'none';
  /** Saved progress the link's answers differ from: the visitor may keep it instead. */
  conflict?: SavedProgress;
  sender: Sender;
  /** The questions whose answers the link's sender set. */
  setBySender: QuestionId[];
  /** The model version the link was made with, when older than today's. */
  madeWith?: number | undefined;
}

/** The question a `#q=` hash names, when it is one. */
export function requestedQuestion(hash: string): QuestionId | undefined {
  const id = questionFromHash(hash);
  return QUESTION_IDS.find((question) => question === id);
}

/** Whether every answer of `link` is the same in `saved` (which may hold more). */
function agrees(link: Answers, saved: Answers): boolean {
  return QUESTION_IDS.every((question) => link[question] === undefined || JSON.stringify(link[question]) === JSON.stringify(saved[question]));
}

/** How saved progress reopens: at the question the visitor was on, unless an earlier one is unanswered. */
const savedOpening = (saved: SavedProgress): OpenRequest => (saved.at ? { from: 'link', question: saved.at } : { from: 'prefill' });

/** The visit that resumes `saved`, under a link's `sender` when it names one (the answers are then the visitor's own). */
export function fromSaved(saved: SavedProgress, sender: Sender = {}): StartingPoint {
  return {
    input: { answers: saved.answers, open: savedOpening(saved) },
    problems: [],
    restart: false,
    source: 'saved',
    sender,
    setBySender: [],
  };
}

/**
 * The starting point for a page at `search` + `hash` with `saved` progress. A link's answers
 * are its sender's unless it names a question (`#q=`, the quiz's own and the result's links)
 * or says which with `sent=`. A link with problems, even with no answer left, is still a link:
 * it never reopens unrelated saved progress behind its notice.
 */
export function startingPoint(search: string, hash: string, saved: SavedProgress | null): StartingPoint {
  const none: StartingPoint = { input: {}, problems: [], restart: false, source: 'none', sender: {}, setBySender: [] };
  if (/^#restart(?:&|$)/.test(hash)) return { ...none, restart: true };
  const { answers, problems, version } = parseAnswers(search);
  const madeWith = olderVersion(version);
  const question = requestedQuestion(hash);
  const answered = QUESTION_IDS.filter((id) => answers[id] !== undefined);
  const sender = parseSender(search);
  if (answered.length === 0 && problems.length === 0 && !question && !hasSender(sender)) return saved ? fromSaved(saved) : none;

  const open: OpenRequest = question ? { from: 'link', question } : { from: 'prefill' };
  const sent = (parseSent(search) ?? (question ? [] : answered)).filter((id) => answered.includes(id));
  const link: StartingPoint = { input: { answers, open }, problems, restart: false, source: 'link', sender, setBySender: sent, madeWith };
  const savedAnswers = saved?.answers ?? {};
  if (!saved || Object.keys(savedAnswers).length === 0 || toQuery(savedAnswers) === toQuery(answers)) return link;
  // Saved progress that holds all the link says and more is this visitor's own, further on.
  // (A link that only names its sender says nothing of the answers: it offers them back instead.)
  if (problems.length === 0 && (answered.length > 0 || question) && agrees(answers, savedAnswers)) {
    return { ...fromSaved(saved, sender), input: { answers: savedAnswers, open: question ? open : savedOpening(saved) }, setBySender: sent, problems, madeWith };
  }
  return { ...link, conflict: saved };
}
