import { z } from 'astro/zod';
import { PROBLEM_KINDS, type ProblemKind } from '../../engine/url.ts';
import { plainText, withSlots } from './plain-text.ts';

/** Plain text whose `{slots}` are exactly `slots`. */
const words = (...slots: string[]) => withSlots(plainText(240), ...slots);

/**
 * The slots each problem's sentence fills: `{parameter}` as the link wrote it, its `{value}`,
 * the `{question}`'s short name, and `{count}`, how many problems more.
 */
const PROBLEM_SLOTS: Record<ProblemKind, string[]> = {
  'unknown-parameter': ['parameter'],
  'unknown-option': ['parameter', 'value', 'question'],
  inapplicable: ['parameter'],
  duplicate: ['parameter'],
  'too-long': ['parameter'],
  'old-version': ['parameter', 'value'],
  'unknown-version': ['parameter', 'value'],
  'too-many-problems': ['count'],
};

/** content/notice.json: the `[data-notice]` message, what a link got wrong (the quiz, the result, the link builder). */
export const noticeWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('notice'),
  /** Over the list of problems: what happened (in bold), and that the rest works. */
  problemsTitle: words(),
  problemsRest: words(),
  /** One sentence per kind of problem (engine/url.ts PROBLEM_KINDS). */
  problems: z.strictObject(Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, words(...PROBLEM_SLOTS[kind])])) as Record<ProblemKind, z.ZodString>),
  /** The whole query was too long (`too-long` with no parameter). */
  queryTooLong: words(),
  /** Before the list of questions a result link leaves unanswered, and the link that goes on with the quiz. */
  missing: words(),
  continueQuiz: words(),
});

export type NoticeWordingEntry = z.output<typeof noticeWordingSchema>;
