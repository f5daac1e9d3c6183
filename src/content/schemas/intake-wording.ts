import { z } from 'astro/zod';
import { ROLE_IDS, SOURCE_IDS } from '../../engine/ids.ts';
import { plainText, withSlots } from './plain-text.ts';

/** Plain text shown to people: never markup. */
const words = plainText(300);
/** A paraphrase of one article's advice, with that article. */
const sourcedLine = z.strictObject({
  /** The line, paraphrased: never the article's own sentence (the paraphrase guard checks it). */
  text: words,
  /** The article it paraphrases. */
  source: z.enum(SOURCE_IDS),
});

/** content/intake.json: the words of a seat's intake pack (/roles/<role-id>/?<answers>) and of /share/'s list of packs. */
export const intakeWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('intake'),
  /** "Intake pack: {role}". */
  heading: withSlots(words, 'role'),
  /** Under the heading: who the pack is for. */
  intro: words,
  /** While the pack's data loads. */
  loading: words,
  /** The seat is not in the plan for these answers, and what that means. */
  notInPlan: words,
  notInPlanHelp: words,
  /** The seat is held in-house: "{heldBy}" names who. */
  covered: withSlots(words, 'heldBy'),
  /** The link to the result for the same answers. */
  fullPlan: words,
  /** The pack's section headings. */
  headings: z.strictObject({
    seat: words, timeToFill: words, pay: words, skills: words, regulated: words, interview: words,
    vetting: words, pitfalls: words, remedies: words, jd: words, answers: words,
  }),
  /** The seat's facts from the result: lane, place, count, commitment, approach. */
  seat: z.strictObject({
    lane: words, position: words, positionValue: withSlots(words, 'position', 'total'), count: words, countOne: words, commitment: words, approach: words,
  }),
  /** The time to fill, from the timeline (src/plan/timeline.ts); months are written by content/plan.json. */
  timeToFill: z.strictObject({
    /** The article the figure rests on. */
    source: withSlots(words, 'source'),
    /** A dated seat: when its search starts and when it is working. */
    dated: withSlots(words, 'start', 'working'),
    /** A seat augmented first: "{working}" says both routes. */
    datedThen: withSlots(words, 'start', 'working'),
    /** A built seat: open-ended. */
    built: withSlots(words, 'start'),
    /** A part-time seat someone on the team holds from the start (the founder's product owner). */
    held: withSlots(words, 'start'),
    /** An undated seat: "{when}" is the next phase or at scale. */
    undated: withSlots(words, 'when'),
    needBy: withSlots(words, 'month'),
  }),
  /** No pay band: no article gives one. */
  pay: z.strictObject({ none: words }),
  /** "{source}": the article whose checklist the questions adapt. */
  interviewSource: withSlots(words, 'source'),
  /** talent's advice for AI hires in general, for the engineering seats whose role file has none of its own. */
  generalVetting: z.strictObject({
    note: words,
    /** The seats it is shown for (never one with vetting of its own). */
    roles: z.array(z.enum(ROLE_IDS)).min(1),
    pitfalls: z.array(sourcedLine).min(1).max(5),
    remedies: z.array(sourcedLine).min(1).max(5),
  }),
  /** A seat with no vetting advice at all. */
  noVetting: words,
  /** Print, copy and the Markdown box's label. */
  actions: z.strictObject({ print: words, copy: words, copied: words, refused: words, markdownLabel: withSlots(words, 'role') }),
  /** The Markdown's citation and footer. */
  markdown: z.strictObject({ citation: withSlots(words, 'source'), footer: words }),
  /** /share/'s list of packs, once the answers give a plan. */
  share: z.strictObject({ heading: words, intro: words, link: withSlots(words, 'role'), loading: words }),
});

export type IntakeWording = Omit<z.output<typeof intakeWordingSchema>, 'id'>;
