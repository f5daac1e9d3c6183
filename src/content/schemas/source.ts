import { z } from 'astro/zod';
import { SOURCE_IDS, STUDY_IDS } from '../../engine/ids.ts';
import { httpsUrlSchema } from './https-url.ts';

/** One address an article gives for further reading. */
const referenceSchema = z.strictObject({
  /** Where it points (https only). */
  url: httpsUrlSchema,
  /** Its title, quoted, only where we could establish it; without one the page shows the address. */
  title: z.string().min(1).optional(),
});

/** One of the five source articles of content/sources.yaml. */
export const sourceSchema = z.strictObject({
  /** The source id of `SOURCE_IDS`. */
  id: z.enum(SOURCE_IDS),
  /** The article's title as it names itself (or a plain description where it names none). */
  title: z.string().min(1),
  /** A two-to-four word name for inline citations, e.g. "Who owns what". */
  short: z.string().min(1).max(30),
  /** Who published it: as the article says, or as the page we found it on shows. */
  publisher: z.string().min(1).optional(),
  /** Who wrote it, where the article or its page names someone. */
  author: z.string().min(1).optional(),
  /** The year it appeared (or was last edited, where that is the only date it gives). */
  year: z.number().int().min(2000).max(2100).optional(),
  /** The article's own address, only where we found the article there; the page says when we did not. */
  url: httpsUrlSchema.optional(),
  /** One or two sentences: what it is and what we use it for. */
  about: z.string().min(1),
  /** The studies it cites (ids of `STUDY_IDS`), possibly none. */
  studies: z
    .array(z.enum(STUDY_IDS))
    .refine((ids) => new Set(ids).size === ids.length, 'studies must not repeat'),
  /** The addresses the article itself lists or links, in its order, possibly none. */
  references: z
    .array(referenceSchema)
    .default([])
    .refine((refs) => new Set(refs.map((ref) => ref.url)).size === refs.length, 'references must not repeat'),
});

export type Source = z.output<typeof sourceSchema>;
