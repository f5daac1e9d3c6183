/** Small wording helpers every rendering of a result shares: counts and answers in words. */
import type { Answers, QuestionId } from '../engine/answers.ts';
import type { Headcount } from '../engine/recommendation.ts';
import type { Labels } from '../content/labels.ts';

/** "1", "3-5", "12-30+". */
export function countText(count: Headcount): string {
  const range = count.min === count.max ? `${count.min}` : `${count.min}-${count.max}`;
  return count.orMore ? `${range}+` : range;
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
