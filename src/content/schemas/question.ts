import { z } from 'astro/zod';
import { OPTIONS, QUESTION_IDS } from '../../engine/answers.ts';
import { SOURCE_IDS } from '../../engine/ids.ts';

/** One answer a founder can pick; its id is part of the URL contract. */
const optionSchema = z.strictObject({
  /** The option id, exactly as in `OPTIONS[question]`. */
  id: z.string().min(1),
  /** What the founder reads and clicks. */
  label: z.string().min(1),
  /** A few words that make the option unambiguous, e.g. "1-3 AI features live". */
  hint: z.string().min(1).optional(),
});

/** One question of content/questions.yaml, in asking order. */
export const questionSchema = z
  .strictObject({
    /** The question id of `QUESTION_IDS`. */
    id: z.enum(QUESTION_IDS),
    /** The question itself: short, answerable in seconds. */
    label: z.string().min(1),
    /** A two or three word name for "because you answered Regulated: yes". */
    short: z.string().min(1).max(30),
    /** One line on why we ask. */
    why: z.string().min(1),
    /** One optional extra sentence under the question (examples, thresholds). */
    help: z.string().min(1).optional(),
    /** The article the question comes from. */
    source: z.enum(SOURCE_IDS),
    /** The options, with exactly the ids of `OPTIONS[id]`, in that order. */
    options: z.array(optionSchema).min(2),
    /** `have` only: the label of the explicit "none of these" checkbox. */
    noneLabel: z.string().min(1).optional(),
  })
  .superRefine((question, ctx) => {
    const expected: readonly string[] = OPTIONS[question.id];
    const actual = question.options.map((option) => option.id);
    if (actual.join('|') !== expected.join('|')) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `options of "${question.id}" must be exactly [${expected.join(', ')}] in this order, found [${actual.join(', ')}]`,
      });
    }
    if ((question.id === 'have') !== (question.noneLabel !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['noneLabel'],
        message: 'noneLabel is required on "have" and allowed nowhere else',
      });
    }
  });

export type Question = z.output<typeof questionSchema>;
