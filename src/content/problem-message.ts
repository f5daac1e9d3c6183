/**
 * What a link got wrong, in words (the notice on the quiz, the result and the link builder):
 * content/notice.json's sentences, filled in. No DOM.
 */
import { QUESTION_IDS, type QuestionId } from '../engine/answers.ts';
import type { UrlProblem } from '../engine/url.ts';
import { fill } from './fill.ts';
import type { Labels } from './labels.ts';

/** A polite sentence for one URL problem. Returns plain text: the caller renders it as text. */
export function problemMessage(problem: UrlProblem, { questions, notice }: Labels): string {
  const { kind, parameter, value = '' } = problem;
  if (kind === 'too-long' && !parameter) return notice.queryTooLong;
  const question = (QUESTION_IDS as readonly string[]).includes(parameter) ? questions[parameter as QuestionId].short : parameter;
  return fill(notice.problems[kind], { parameter, value, question, count: value });
}
