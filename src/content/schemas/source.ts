import { z } from 'astro/zod';
import { SOURCE_IDS, STUDY_IDS } from '../../engine/ids.ts';

/** One of the five source articles of content/sources.yaml. */
export const sourceSchema = z.strictObject({
  /** The source id of `SOURCE_IDS`. */
  id: z.enum(SOURCE_IDS),
  /** The article's title as it names itself (or a plain description where it names none). */
  title: z.string().min(1),
  /** A two-to-four word name for inline citations, e.g. "Who owns what". */
  short: z.string().min(1).max(30),
  /** Who published it, only where the article says. */
  publisher: z.string().min(1).optional(),
  /** One or two sentences: what it is and what we use it for. */
  about: z.string().min(1),
  /** The studies it cites (ids of `STUDY_IDS`), possibly none. */
  studies: z
    .array(z.enum(STUDY_IDS))
    .refine((ids) => new Set(ids).size === ids.length, 'studies must not repeat'),
});

export type Source = z.output<typeof sourceSchema>;
