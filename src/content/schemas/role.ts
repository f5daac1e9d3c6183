import { z } from 'astro/zod';
import { ROLE_IDS, SOURCE_IDS, type SourceId } from '../../engine/ids.ts';

/** A short, non-empty line of prose. */
const line = z.string().min(1);

/** A line that states something one article says, with that article. */
const sourcedLine = z.strictObject({
  /** The line, paraphrased: never the article's own sentence. */
  text: line,
  /** The article it paraphrases; must also be in the role's `sources`. */
  source: z.enum(SOURCE_IDS),
});

/**
 * A role's wording for a model product (rule 20): each field given replaces the role's own in the
 * job-description starter when the answers describe a custom model, so no LLM-app line (prompts,
 * retrieval, tool calling, token cost) reaches it. Fields left out stay as the role has them.
 */
const modelProductSchema = z.strictObject({
  /** The title without LLM-app wording. */
  title: line.optional(),
  /** The summary without LLM-app wording. */
  summary: line.optional(),
  /** What the role owns for a custom model. */
  owns: z.array(line).min(3).max(6).optional(),
  /** Skills to screen for, for a custom model. */
  skills: z.array(line).min(1).optional(),
  /** Interview questions that fit a custom model. */
  interviewQuestions: z.array(line).min(2).max(5).optional(),
  /** What to screen for in a regulated domain, for a custom model. */
  regulatedScreening: sourcedLine.optional(),
});

/** One role of content/roles/<id>.yaml: what it owns, when it earns a seat, how to hire it. */
export const roleSchema = z
  .strictObject({
    /** The role id of `ROLE_IDS`; must equal the file name (see `roleIdOfFile`). */
    id: z.enum(ROLE_IDS),
    /** Short name, e.g. "AI engineer". */
    name: line,
    /** Longer name, e.g. "AI engineer (applied AI / LLM apps)". */
    title: line,
    /** One sentence on what the role is for. */
    summary: line,
    /** Three to six short bullets: what the role owns. */
    owns: z.array(line).min(3).max(6),
    /** Whether and when the role earns a seat in each phase (stages' table). */
    seats: z.strictObject({
      /** At a pilot. */
      pilot: line,
      /** In production. */
      production: line,
      /** At scale. */
      scale: line,
    }),
    /** Skills to screen for. */
    skills: z.array(line).min(1),
    /** Two to five interview questions that fit the seat. */
    interviewQuestions: z.array(line).min(2).max(5),
    /** The article whose question checklist the interview questions adapt, if any; must be in `sources`. */
    interviewSource: z.enum(SOURCE_IDS).optional(),
    /** How to vet candidates, where an article gives advice that fits the seat. */
    vetting: z
      .strictObject({
        /** Hiring mistakes to avoid, one to five. */
        pitfalls: z.array(sourcedLine).min(1).max(5),
        /** What to do instead, one to five. */
        remedies: z.array(sourcedLine).min(1).max(5),
      })
      .optional(),
    /** Sourced facts for whoever hires: figures, where candidates come from, how the seat meets others. */
    hiringNotes: z.array(sourcedLine).max(6).optional(),
    /** What to screen for when the product is in a regulated or high-stakes domain ("screen for …"). */
    regulatedScreening: sourcedLine.optional(),
    /** The starter's wording for a model product (rule 20), where the role's own is LLM-app wording. */
    modelProduct: modelProductSchema.optional(),
    /** A pay band, only where a source gives one. */
    payBand: z
      .strictObject({
        /** The band in words, e.g. "about $120K-$250K+ in the US/EU". */
        text: line,
        /** Which role the article's band is for, when that is not exactly this one. */
        note: line.optional(),
        /** The article that gives it; must also be in `sources`. */
        source: z.enum(SOURCE_IDS),
      })
      .optional(),
    /** The articles this text draws on: at least one, no repeats. */
    sources: z
      .array(z.enum(SOURCE_IDS))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'sources must not repeat'),
  })
  .superRefine((role, ctx) => {
    const cited: [PropertyKey[], SourceId | undefined][] = [
      [['payBand', 'source'], role.payBand?.source],
      [['interviewSource'], role.interviewSource],
      [['regulatedScreening', 'source'], role.regulatedScreening?.source],
      [['modelProduct', 'regulatedScreening', 'source'], role.modelProduct?.regulatedScreening?.source],
      ...(role.hiringNotes ?? []).map((note, index): [PropertyKey[], SourceId] => [['hiringNotes', index, 'source'], note.source]),
      ...(['pitfalls', 'remedies'] as const).flatMap((kind) =>
        (role.vetting?.[kind] ?? []).map((item, index): [PropertyKey[], SourceId] => [['vetting', kind, index, 'source'], item.source])),
    ];
    for (const [path, source] of cited) {
      if (source !== undefined && !role.sources.includes(source)) {
        ctx.addIssue({ code: 'custom', path, message: `${path.join('.')}: ${source} must also be listed in sources` });
      }
    }
  });

export type Role = z.output<typeof roleSchema>;
export type RoleModelProduct = z.output<typeof modelProductSchema>;

/**
 * The glob loader's `generateId` for content/roles: the file name without `.yaml`, which the
 * file must repeat as `id` (so `roleSchema` checks the file name against `ROLE_IDS`).
 * Throws otherwise, which fails `astro build`.
 */
export function roleIdOfFile({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const fileId = entry.replace(/\.ya?ml$/, '');
  if (data.id !== fileId) {
    throw new Error(`content/roles/${entry}: id "${String(data.id)}" must equal the file name "${fileId}"`);
  }
  return fileId;
}
