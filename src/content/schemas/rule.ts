import { z } from 'astro/zod';
import { RULES, SOURCE_IDS, type RuleId } from '../../engine/ids.ts';

/** The rule ids of `RULES`, as a tuple `z.enum` accepts. */
const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];

/** The roles of stages' seat table (domain.md "Phase"); the other two are placed by rules 7 and 8. */
const SEAT_TABLE_ROLES = [
  'ai-engineer',
  'backend-engineer',
  'ai-product-manager',
  'data-engineer',
  'mlops-engineer',
  'eval-specialist',
  'ml-engineer',
  'data-scientist',
  'frontend-designer',
  'security-governance',
] as const;

/** A short table cell, e.g. "core" or "shared". */
const cell = z.string().min(1).max(40);

/** One row of stages' seat table: a role and its seat in each phase. */
const seatRowSchema = z.strictObject({
  /** The role id. */
  role: z.enum(SEAT_TABLE_ROLES),
  /** Its seat at a pilot. */
  pilot: cell,
  /** Its seat in production. */
  production: cell,
  /** Its seat at scale. */
  scale: cell,
});

/** One rule of content/rules.yaml: the plain-words version of a rule of domain.md. */
export const ruleSchema = z
  .strictObject({
    /** The rule id, a key of `RULES` in src/engine/ids.ts. */
    id: z.enum(RULE_IDS),
    /** Its number in domain.md, equal to `RULES[id]` (0 for the seat table). */
    number: z.number().int().min(0),
    /** A few words, e.g. "AI engineer first". */
    title: z.string().min(1).max(70),
    /** One to three plain sentences: what the rule does. */
    summary: z.string().min(1).max(600),
    /** The articles it rests on: at least one, no repeats. */
    sources: z
      .array(z.enum(SOURCE_IDS))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'sources must not repeat'),
    /** `seats-by-phase` only: stages' table, one row per role, in display order. */
    seats: z.array(seatRowSchema).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.number !== RULES[rule.id]) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: `rule "${rule.id}" is number ${RULES[rule.id]}, not ${rule.number}` });
    }
    if ((rule.id === 'seats-by-phase') !== (rule.seats !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['seats'], message: 'seats is required on "seats-by-phase" and allowed nowhere else' });
    }
    if (rule.seats === undefined) return;
    const roles = rule.seats.map((row) => row.role);
    const missing = SEAT_TABLE_ROLES.filter((role) => !roles.includes(role));
    if (new Set(roles).size !== roles.length || missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['seats'], message: `the seat table needs each of its ten roles once (missing: ${missing.join(', ') || 'none'})` });
    }
  });

export type Rule = z.output<typeof ruleSchema>;
