import { z } from 'astro/zod';
import { plainText, withSlots } from './plain-text.ts';

/** Plain text whose `{slots}` are exactly `slots` (the model's counts among them are filled in at build time). */
const words = (...slots: string[]) => withSlots(plainText(600), ...slots);

/** content/how-it-works.json: the prose of /how-it-works/ around the model's own data (rules, seats, coverage, sources). */
export const howItWorksWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('how-it-works'),
  /** The page's title (and heading), description and lead. */
  title: words(),
  description: words('site', 'questions', 'rules', 'sources'),
  lead: words('maxQuestions', 'rules', 'sources'),
  /** The table of contents' accessible name. */
  contents: words(),
  /** Each section's heading, also its entry in the table of contents. */
  sections: z.strictObject({ questions: words(), rules: words(), seats: words(), coverage: words(), sources: words(), privacy: words() }),
  questionsIntro: words('questions', 'conditionalQuestions'),
  /** The question flow's picture and its list (components/QuestionFlow.astro). */
  flow: z.strictObject({
    title: words(),
    /** The picture's description: how many questions, then one `branch` per conditional question. */
    summary: words('questions'),
    branch: words('question', 'condition'),
    /** The label on a branch's skip arrow, and under its box. */
    skip: words(),
    onlyIf: words('condition'),
    /** The last box. */
    end: words(),
    inWords: words(),
    askedOnlyIf: words('condition'),
    then: words(),
    /** A condition: the question's short name and its options, joined by `or`. */
    condition: words('question', 'options'),
    or: words(),
  }),
  rulesIntro: words(),
  /** Before a rule's source, or its sources. */
  source: words(),
  sources: words(),
  /** The seat table: its caption (`{source}` is the article's link), headings, and what is not in it. */
  seats: z.strictObject({
    caption: words('source'),
    role: words(),
    teamSize: words(),
    /** `{domainExpert}` and `{inferenceEngineer}` are links to their pages, the rules are numbers, `{allRoles}` a link worded `allRoles`. */
    notInTable: words('domainExpert', 'inferenceEngineer', 'domainRule', 'inferenceRule', 'allRoles'),
    allRoles: words('roles'),
  }),
  /** The coverage tables: `{total}` is the number of answer sets. */
  coverage: z.strictObject({
    intro: words('total'),
    /** `{have}` and `{productionSoon}` are those questions as asked. */
    shape: words('have', 'productionSoon'),
    rolesHeading: words(),
    rolesCaption: words('total'),
    role: words(),
    /** The places beside the three groups (whose names are the result's). */
    covered: words(),
    absent: words(),
    /** A share of none. */
    never: words(),
    neverMeans: words(),
    allOrdered: words(),
    neverOrdered: words('roles'),
    rulesHeading: words(),
    rulesCaption: words(),
    rule: words(),
    answerSets: words(),
    share: words(),
    rulesNote: words(),
    warningsHeading: words(),
    /** `{rule}` is the warnings' rule number. */
    warningsCaption: words('rule'),
    warning: words(),
  }),
  /** The sources section. */
  sourceList: z.strictObject({
    intro: words('sources'),
    /** In a byline, after the publisher. */
    author: words('author'),
    unpublished: words(),
    readingList: words(),
    studies: words(),
    /** In place of a study's title where its article gives none (ops-guide's Gartner figure). */
    untitledStudy: words(),
    /** Some or all of an article's studies come without an address. */
    unlinkedAll: words(),
    unlinkedSome: words(),
  }),
  privacy: words(),
  start: words(),
});

export type HowItWorksWordingEntry = z.output<typeof howItWorksWordingSchema>;
