/** What the embed builder's island needs of the questions: their short names and options' labels, nothing more. */
import { QUESTION_IDS, type QuestionId } from '../engine/answers.ts';
import type { Labels } from './labels.ts';

/** What the builder shows of each question. */
export type BuilderQuestions = Record<QuestionId, { short: string; options: { id: string; label: string }[]; noneLabel?: string | undefined }>;

/** Every question's short name and options' labels, as the builder's island takes them. */
export function builderQuestions(labels: Labels): BuilderQuestions {
  return Object.fromEntries(QUESTION_IDS.map((id) => {
    const { short, options, noneLabel } = labels.questions[id];
    return [id, { short, options: options.map((option) => ({ id: option.id, label: option.label })), noneLabel }];
  })) as BuilderQuestions;
}
