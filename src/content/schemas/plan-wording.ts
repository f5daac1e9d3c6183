import { z } from 'astro/zod';
import { PAY_REGIONS, RATE_PROBLEMS, RATES_PARAM_PROBLEMS } from '../../engine/plan-ids.ts';

/** Plain text shown to people: never markup. `{name}` slots are filled in by the plan's modules. */
const words = z.string().trim().min(1).max(300).refine((text) => !/[<>]/.test(text), 'plain text only: no "<" or ">"');

/** Text whose `{slots}` are exactly `slots`, so every filled value has a place and no slot stays empty. */
/** Words that end a sentence: shown as one, so it ends with its full stop. */
const fullSentence = words.refine((text) => /[.!?]$/.test(text), 'a sentence: end it with a full stop');
const withSlots = (...slots: string[]) =>
  words.refine((text) => {
    const found = [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]!).sort();
    return JSON.stringify(found) === JSON.stringify([...slots].sort());
  }, slots.length > 0 ? `slots are exactly {${slots.join('}, {')}}` : 'no slots');

/** One entry per id of `ids`. */
const perId = <T extends z.ZodType>(ids: readonly string[], value: T) => z.strictObject(Object.fromEntries(ids.map((id) => [id, value])) as Record<string, T>);

/** content/plan.json: the words of the hiring plan (timeline, cost, rates, pay band, exports). */
export const planWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('plan'),
  /** Section headings. */
  headings: z.strictObject({ timeline: words, cost: words, rates: words, export: words, compare: words }),
  timeline: z.strictObject({
    /** Under the heading: months count from when you start. */
    intro: words,
    /** "M{month}" and "M{from}-M{to}": how a month and a range are written everywhere. */
    month: withSlots('month'),
    range: withSlots('from', 'to'),
    searchStarts: withSlots('month'),
    workingBy: withSlots('when'),
    /** A seat that changes route: "M1 augmented, then M4-M7 hired". */
    augmentedThen: withSlots('first', 'then'),
    hired: withSlots('when'),
    built: withSlots(),
    needBy: withSlots('month'),
    /** The flag, and its explanation. */
    startNow: withSlots(),
    startNowWhy: withSlots(),
    /** A built seat's open end. */
    noFigure: withSlots(),
    /** Undated rows: next seats without a production date, a startup's seats that join as the team grows, later seats. */
    nextPhase: withSlots(),
    teamGrows: withSlots(),
    atScale: withSlots(),
    partTime: withSlots(),
    /** The table equivalent of the picture, for screen readers: its caption and column heads. */
    tableCaption: words,
    columns: z.strictObject({ seat: words, lane: words, starts: words, working: words, needBy: words, flag: words }),
    /** The picture's month axis and its key. */
    months: words,
    legend: z.strictObject({ search: words, working: words, lands: words, needBy: words }),
    /** What each figure rests on (its article is named beside it from timeline.ts FIGURE_SOURCES). */
    bases: perId(['stages-in-weeks', 'ops-guide-3-6-months', 'no-figure', 'held-in-house'], words),
    /** Why a seat is needed by its month. */
    needByBases: perId(['urgency', 'production-due'], words),
  }),
  cost: z.strictObject({
    nowYearly: words,
    window: words,
    /** An open top ("$250K+"): a total reads "from" its lowest figure. */
    from: withSlots('amount'),
    orMore: withSlots('amount'),
    range: withSlots('min', 'max'),
    /** A total with seats missing and nothing priced: no figure, never $0. */
    noFigure: words,
    noNewSalary: words,
    untilBuilt: words,
    augmentedUntilHired: words,
    missing: words,
    missingShare: words,
    undated: words,
    notCounted: withSlots('count'),
    heading: words,
    missingList: withSlots('roles'),
    undatedList: withSlots('roles'),
    seatColumns: z.strictObject({ seat: words, yearly: words, window: words }),
  }),
  rates: z.strictObject({
    intro: words,
    currency: words,
    salary: words,
    salaryFrom: words,
    salaryTo: words,
    monthly: words,
    share: words,
    region: words,
    includeInLink: words,
    kept: words,
    startOver: words,
    currencyDropsPrefill: words,
    /** Rates that came with a link (`rates=`). */
    fromLink: words,
    /** The box beside the panel that puts the rates in the copied share link. */
    includeInShare: words,
    /** A refused field: "Yearly salary: Write a number…". */
    invalidField: withSlots('field', 'problem'),
    saved: words,
    prefilled: withSlots('region'),
    builtNote: words,
    /** One message per problem id of rates.ts. */
    problems: perId(RATE_PROBLEMS, words),
    /** Local storage could not be read or used. */
    storage: perId(['storage-unreadable', 'storage-unavailable'], words),
    /** A link's `rates=` was (partly) ignored. */
    param: perId(RATES_PARAM_PROBLEMS, words),
  }),
  /** talent's band, always as for senior engineers in its merged AI / ML engineer role. */
  payBand: z.strictObject({
    text: withSlots('region', 'amount'),
    regions: perId(PAY_REGIONS, words),
    caveat: words.refine((text) => /senior/i.test(text), 'the caveat says the band is for senior engineers'),
    joiner: z.string().min(1).max(10),
  }),
  csv: z.strictObject({
    /** The approach column of a seat that changes route. */
    then: withSlots('approach', 'then'),
    yes: words,
    no: words,
    salaryUnit: words,
    filename: words.regex(/\.csv$/),
  }),
  json: z.strictObject({ filename: words.regex(/\.json$/) }),
  /** The export buttons. */
  // The intro and the schema link read as two sentences, each with its full stop (fidelity review 4, PL5).
  export: z.strictObject({ intro: fullSentence, csv: words, json: words, includeRates: words, done: withSlots('file'), schema: fullSentence }),
  /** Each seat's link to its intake pack. */
  intake: z.strictObject({ link: words }),
  /** Two scenarios side by side. */
  compare: z.strictObject({
    open: words,
    intro: words,
    a: words,
    b: words,
    controls: words,
    differs: words,
    answers: withSlots('questions'),
    same: words,
    link: words,
    includeRates: words,
    close: words,
    /** One name per kind of difference (src/plan/compare.ts SeatDifference). */
    differences: perId(['only-a', 'only-b', 'lane', 'count', 'commitment', 'approach', 'timing'], words),
    waiting: withSlots('question'),
  }),
  /** The embed's compact plan points to the full result for all of this. */
  embed: z.strictObject({ more: words }),
});

export type PlanWordingEntry = z.output<typeof planWordingSchema>;
