import { z } from 'astro/zod';
import { RULES, SOURCE_IDS, type RuleId } from '../../engine/ids.ts';
import { SEAT_KINDS, type SeatKind } from '../../engine/seat-table.ts';

/** The rule ids of `RULES`, as a tuple `z.enum` accepts. */
const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];

/** The words for each kind of cell of stages' seat table (the table itself is SEAT_TABLE). */
const seatWordsSchema = z.strictObject(
  Object.fromEntries(SEAT_KINDS.map((kind) => [kind, z.string().min(1).max(40)])) as Record<SeatKind, z.ZodString>,
);

/** One rule of content/rules.yaml: the plain-words version of a rule of domain.md. */
export const ruleSchema = z
  .strictObject({
    /** The rule id, a key of `RULES` in src/engine/ids.ts. */
    id: z.enum(RULE_IDS),
    /** Its number in domain.md, equal to `RULES[id]` (0 for the seat table). */
    number: z.number().int().min(0),
    /** A few words, e.g. "An AI engineer comes first". */
    title: z.string().min(1).max(70),
    /** The short name shown beside a reason's source on a result, e.g. "AI engineer first". */
    short: z.string().min(1).max(32),
    /** One to three plain sentences: what the rule does. */
    summary: z.string().min(1).max(600),
    /** The articles it rests on: at least one, no repeats. */
    sources: z
      .array(z.enum(SOURCE_IDS))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'sources must not repeat'),
    /** `seats-by-phase` only: how each kind of cell of stages' seat table reads. */
    seatWords: seatWordsSchema.optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.number !== RULES[rule.id]) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: `rule "${rule.id}" is number ${RULES[rule.id]}, not ${rule.number}` });
    }
    if ((rule.id === 'seats-by-phase') !== (rule.seatWords !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['seatWords'], message: 'seatWords is required on "seats-by-phase" and allowed nowhere else' });
    }
  });

export type Rule = z.output<typeof ruleSchema>;
