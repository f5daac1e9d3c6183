import { z } from 'astro/zod';
import { plainText } from './plain-text.ts';
import { APPROACHES, DISAGREEMENT_IDS, GROUPS, PHASES, ROLE_IDS, STRUCTURE_IDS, WARNING_IDS } from '../../engine/ids.ts';

/** Plain text shown to people. `{name}` slots are filled in by the result. */
const words = plainText(240);

/** One entry per id of `ids`, each plain text (or `value`). */
const perId = <T extends z.ZodTypeAny>(ids: readonly string[], value: T) => z.strictObject(Object.fromEntries(ids.map((id) => [id, value])) as Record<string, T>);

/** content/result.json: the words of a result page, its Markdown, its printout and the embed's plan. */
export const resultWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('result'),
  /** The page's heading. */
  title: words,
  /** Section headings, by section. */
  headings: z.record(z.string(), words),
  /** Each group's full title ("Hire now") and its lane's short name ("Now"). */
  groups: perId(GROUPS, z.strictObject({ title: words, lane: words })),
  /** Each approach's short label ("Augment") and long one ("Augment (vetted contractors)"). */
  approaches: perId(APPROACHES, z.strictObject({ label: words, long: words })),
  /** What the scorecard's verdicts read. */
  verdicts: perId(['ai-engineer', 'ml-engineer', 'either'], words),
  /** The names of the three team structures. */
  structures: perId(STRUCTURE_IDS, words),
  /** "once in production": how a later phase's count is introduced. */
  laterPhases: perId(PHASES, words),
  /** "over three phases", by the number of groups with seats. */
  phaseCount: perId(['1', '2', '3'], words),
  /** A short title per disagreement, for the list of them. */
  disagreementTopics: perId(DISAGREEMENT_IDS, words),
  /** A short name per role for the plan's chips ("MLOps"). */
  chipNames: perId(ROLE_IDS, words),
  /** A short title per warning, for the plan and the what-if announcements. */
  warningTitles: perId(WARNING_IDS, words),
  /** Every other phrase and sentence template. */
  text: z.record(z.string(), words),
});

export type ResultWordingEntry = z.output<typeof resultWordingSchema>;
