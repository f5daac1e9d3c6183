/** Where a visit starts: a link's answers win; without any, the progress saved on this device. */
import { QUESTION_IDS, type QuestionId } from '../engine/answers.ts';
import { parseAnswers, type UrlProblem } from '../engine/url.ts';
import type { QuizInput } from '../flow/quiz-flow.ts';
import { questionFromHash } from './links.ts';
import type { SavedProgress } from './quiz-storage.ts';

export interface StartingPoint {
  input: QuizInput;
  problems: UrlProblem[];
  /** `#restart`: forget saved progress and start from the first question. */
  restart: boolean;
  /** Whether the visit came from a link with answers or a question to open. */
  fromLink: boolean;
}

/** The question a `#q=` hash names, when it is one. */
export function requestedQuestion(hash: string): QuestionId | undefined {
  const id = questionFromHash(hash);
  return QUESTION_IDS.find((question) => question === id);
}

export function startingPoint(search: string, hash: string, saved: SavedProgress | null): StartingPoint {
  if (/^#restart(?:&|$)/.test(hash)) return { input: {}, problems: [], restart: true, fromLink: false };
  const { answers, problems } = parseAnswers(search);
  const at = requestedQuestion(hash);
  if (Object.keys(answers).length > 0 || at) return { input: { answers, at }, problems, restart: false, fromLink: true };
  return { input: saved ? { answers: saved.answers, at: saved.at } : {}, problems, restart: false, fromLink: false };
}
