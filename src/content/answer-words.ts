/**
 * Answers and what a link got wrong, in words, read from the labels: an answer as its options'
 * labels (the result's "your answers", the quiz's note of what a sender set), and a sentence per
 * URL problem (the notice on the quiz, the result and the link builder: content/notice.json's
 * sentences, filled in). Plain text; no DOM. One module, as every island that reads a link needs both.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../engine/answers.ts';
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

/** The words for an answer, e.g. "Pilot", "Backend or full-stack engineers, Data engineers", or the "none" label. */
export function answerText(question: QuestionId, answers: Answers, labels: Labels): string {
  const value = answers[question];
  if (value === undefined) return '—';
  const options = labels.questions[question].options;
  const labelOf = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  // The schema requires `have`'s noneLabel.
  if (Array.isArray(value)) return value.length === 0 ? labels.questions.have.noneLabel! : value.map(labelOf).join(', ');
  return labelOf(value as string);
}
