import { z } from 'astro/zod';
import { SOURCE_IDS, STUDY_IDS } from '../../engine/ids.ts';
import { httpsUrlSchema } from './https-url.ts';

/** One number a study reports. */
const figureSchema = z.strictObject({
  /** The number as shown, e.g. 0.39 or "~39%". */
  value: z.union([z.number(), z.string().min(1)]),
  /** What it measures, in a few words. */
  meaning: z.string().min(1),
  /** The article that reports it, where the sources differ on the figure. */
  source: z.enum(SOURCE_IDS).optional(),
});

/** One study the sources cite, of content/studies.yaml. */
export const studySchema = z
  .strictObject({
    /** The study id of `STUDY_IDS`. */
    id: z.enum(STUDY_IDS),
    /** Who wrote or published it, e.g. "Gartner". */
    name: z.string().min(1),
    /** Its title, as the citing article gives it; absent where the article names none. */
    title: z.string().min(1).optional(),
    /** The year it appeared. */
    year: z.number().int().min(2000).max(2100),
    /** Its address, only where a citing article gives one; the page says when none does. */
    url: httpsUrlSchema.optional(),
    /** The articles that cite it: at least one, no repeats. */
    citedBy: z
      .array(z.enum(SOURCE_IDS))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'citedBy must not repeat'),
    /** The figures we quote from it. */
    figures: z.array(figureSchema),
  })
  .superRefine((study, ctx) => {
    study.figures.forEach((figure, index) => {
      if (figure.source !== undefined && !study.citedBy.includes(figure.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'source'],
          message: `"${figure.source}" reports a figure of "${study.id}" but is not in its citedBy`,
        });
      }
    });
  });

export type Study = z.output<typeof studySchema>;
