import { z } from 'astro/zod';
import { withSlots } from './plain-text.ts';

/** A short, non-empty line of prose. */
const line = z.string().min(1);

/**
 * A line with `{name}` placeholders, exactly the ones given: a missing placeholder would drop
 * a fact from the sentence, an unknown one would be printed as is.
 */
const template = (...names: string[]) => withSlots(z.string().min(1), ...names);

/** What the Markdown starter says (src/result/job-description.ts), apart from the role's own text. */
export const jdWordingSchema = z.strictObject({
  /** The line under the summary that tells the reader it is a draft. */
  intro: line,
  /** Section headings. */
  headings: z.strictObject({
    /** Over the tailoring lines, shown only when a result tailors the starter. */
    situation: line,
    /** Over what the role owns. */
    owns: line,
    /** Over the seat in each phase. */
    seats: line,
    /** Over the skills. */
    skills: line,
    /** Over the interview questions. */
    interview: line,
    /** Over the vetting advice. */
    vetting: line,
    /** Over the vetting pitfalls. */
    pitfalls: line,
    /** Over the vetting remedies. */
    remedies: line,
    /** Over the pay band. */
    pay: line,
    /** Over the list of sources. */
    sources: line,
  }),
  /** The phases' names, as the seat list and the phase line write them. */
  phases: z.strictObject({
    /** Exploring or piloting. */
    pilot: line,
    /** In production or expanding. */
    production: line,
    /** At scale. */
    scale: line,
  }),
  /** The stages whose phase has another name, as the phase line writes them (exploring reads as a pilot, expanding as production). */
  stages: z.strictObject({
    exploring: line,
    expanding: line,
  }),
  /** Sentences around the role's text. */
  lines: z.strictObject({
    /** Under the interview questions, naming the checklist they adapt: `{source}` is its title. */
    interviewSource: template('source'),
    /** After a sourced line: `{source}` is the article's short name. */
    citation: template('source'),
    /** Under the pay band: `{source}` is the article's title. */
    paySource: template('source'),
  }),
  /** Sentences a result adds (the "your situation" section), each only when its fact is given. */
  tailoring: z.strictObject({
    /** When one person is to be hired. */
    countOne: line,
    /** When a range is to be hired: `{count}` as "3-5", `{source}` the short name of the article giving it. */
    countMany: template('count', 'source'),
    /** How the seat is filled, one sentence per approach. */
    approach: z.strictObject({
      /** Upskill someone in-house. */
      build: line,
      /** A permanent hire. */
      hire: line,
      /** Vetted contractors first. */
      augment: line,
      /** Vetted contractors while the permanent search runs. */
      'augment-hire': line,
      /** Vetted contractors while someone in-house grows into the seat. */
      'augment-build': line,
    }),
    /** A part-time seat (model version 3: rule 18 at a startup, the domain expert). */
    partTime: line,
    /** A part-time seat someone in-house holds (rule 18: the founder or a product lead as product owner): no post. */
    partTimeHeld: line,
    /** The current phase: `{phase}` its name, `{seat}` the role's seat line for it. */
    phase: template('phase', 'seat'),
    /** The current phase, for a seat the plan staffs now though stages' table leaves it waiting or shared at this phase: `{phase}` its name. */
    phaseEarlier: template('phase'),
    /** The current phase, for a seat the plan adds later though stages' table staffs it at this phase: `{phase}` its name. */
    phaseLater: template('phase'),
    /** Regulated domain, for a role that says what to screen for: `{focus}` that, `{source}` its short name. */
    regulated: template('focus', 'source'),
    /** Regulated domain, for a role that does not. */
    regulatedGeneral: line,
  }),
  /** The last line: where the starter comes from (`{site}`, the site's name, is filled in at build time). */
  footer: template('site'),
});

/** What the role page says around the starter. */
export const jdPageSchema = z.strictObject({
  /** The section heading. */
  heading: line,
  /** One or two sentences on what the starter is for. */
  intro: line,
  /** The text box's accessible name: `{role}` is the role's name. */
  label: template('role'),
  /** The copy button. */
  copy: line,
  /** The status line after a copy. */
  copied: line,
  /** The status line when the browser refuses to copy: tells the person to copy by hand. */
  refused: line,
});

/** content/job-description.yaml. */
export const jobDescriptionContentSchema = z.strictObject({
  /** The starter's own wording. */
  starter: jdWordingSchema,
  /** The role page's wording around it. */
  page: jdPageSchema,
});

export type JdWording = z.output<typeof jdWordingSchema>;
export type JdPageWording = z.output<typeof jdPageSchema>;
