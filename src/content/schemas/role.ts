import { z } from 'astro/zod';
import { ROLE_IDS, SOURCE_IDS } from '../../engine/ids.ts';

/** A short, non-empty line of prose. */
const line = z.string().min(1);

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
    /** A pay band, only where a source gives one. */
    payBand: z
      .strictObject({
        /** The band in words, e.g. "about $120K-$250K+ in the US/EU". */
        text: line,
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
    if (role.payBand && !role.sources.includes(role.payBand.source)) {
      ctx.addIssue({ code: 'custom', path: ['payBand', 'source'], message: "the pay band's source must be listed in sources" });
    }
  });

export type Role = z.output<typeof roleSchema>;

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
