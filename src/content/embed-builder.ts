/** What the embed builder's island needs of the questions: their short names and options' labels, nothing more. */
import { QUESTION_IDS } from '../engine/answers.ts';
import type { BuilderQuestions } from '../islands/embed-builder/AnswerPicker.tsx';
import type { Labels } from './labels.ts';

export function builderQuestions(labels: Labels): BuilderQuestions {
  return Object.fromEntries(QUESTION_IDS.map((id) => {
    const { short, options, noneLabel } = labels.questions[id];
    return [id, { short, options: options.map((option) => ({ id: option.id, label: option.label })), noneLabel }];
  })) as BuilderQuestions;
}
